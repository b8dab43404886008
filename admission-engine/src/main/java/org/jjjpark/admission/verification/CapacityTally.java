package org.jjjpark.admission.verification;

import java.util.Arrays;

/**
 * What each of a kind of capacity (a unit's files, a unit's or a major's admissions) holds, and which applicants
 * the last class placed there had: the tie exception of d.6.1 and d.6.2 allows an overflow only by that class.
 */
final class CapacityTally {

    private final int[] count;
    /** The last class's one applicant, when it had one: nearly always, so no array is kept for it. */
    private final int[] lastAlone;
    /** The last class's applicants when there were several, else null. */
    private final int[][] lastClass;

    CapacityTally(int capacities) {
        count = new int[capacities];
        lastAlone = new int[capacities];
        lastClass = new int[capacities][];
    }

    /** Records that the first {@code placedCount} of {@code placed}, one class, were placed at capacity {@code index}. */
    void place(int index, int[] placed, int placedCount) {
        if (placedCount > 0) {
            count[index] += placedCount;
            lastAlone[index] = placed[0];
            lastClass[index] = placedCount == 1 ? null : Arrays.copyOf(placed, placedCount);
        }
    }

    int count(int index) {
        return count[index];
    }

    /** The applicants of the last class placed at {@code index}. */
    int[] lastClass(int index) {
        return lastClass[index] != null ? lastClass[index] : new int[] {lastAlone[index]};
    }
}
