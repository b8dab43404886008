package org.jjjpark.admission.trace;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Priority;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Per unit, every file that reached it: the final drops and, with re-drop, the files it rejected earlier; each
 * with the list position the applicant gave the unit, sorted by {@code ≻_u} (d.3). Applicants are stored in the
 * common order, so a bucket pass by index sorts the files but for the runs of one tie group, which are re-sorted
 * with the volunteer order and the lottery. What a trace reads to find who was placed before an applicant's turn.
 */
final class UnitFiles {

    private final Priority priority;
    private final int[] start;
    private final int[] applicant;
    private final int[] position;
    private final boolean[] finalDrop;

    UnitFiles(AdmissionResult result, Priority priority) {
        this.priority = priority;
        ApplicantTable applicants = result.input().applicants();
        int units = result.input().units().count();
        int n = applicants.count();
        start = new int[units + 1];
        int files = 0;
        for (int a = 0; a < n; a++) {
            files += fileCount(result, a);
            for (int i = 0; i < fileCount(result, a); i++) {
                start[unitOfFile(result, a, i) + 1]++;
            }
        }
        for (int u = 0; u < units; u++) {
            start[u + 1] += start[u];
        }
        applicant = new int[files];
        position = new int[files];
        finalDrop = new boolean[files];
        int[] next = Arrays.copyOf(start, units);
        for (int a = 0; a < n; a++) {
            for (int f = 0; f < fileCount(result, a); f++) {
                int slot = next[unitOfFile(result, a, f)]++;
                applicant[slot] = a;
                position[slot] = positionOfFile(result, a, f);
                finalDrop[slot] = f == result.earlierRejectionCount(a);
            }
        }
        for (int u = 0; u < units; u++) {
            sortRunsAtUnit(u);
        }
    }

    /** Earlier rejections, then the final drop if any. */
    private static int fileCount(AdmissionResult result, int a) {
        return result.earlierRejectionCount(a) + (result.dropPosition(a) >= 0 ? 1 : 0);
    }

    private static int positionOfFile(AdmissionResult result, int a, int f) {
        return f < result.earlierRejectionCount(a) ? result.earlierRejectionPosition(a, f) : result.dropPosition(a);
    }

    private static int unitOfFile(AdmissionResult result, int a, int f) {
        ApplicantTable applicants = result.input().applicants();
        return applicants.unitOfChoice(applicants.firstChoice(a) + positionOfFile(result, a, f));
    }

    private void sortRunsAtUnit(int u) {
        for (int runStart = start[u]; runStart < start[u + 1]; ) {
            int runEnd = runStart + 1;
            while (runEnd < start[u + 1] && priority.tieGroup(applicant[runStart]) == priority.tieGroup(applicant[runEnd])) {
                runEnd++;
            }
            if (runEnd - runStart > 1) {
                sortRun(runStart, runEnd);
            }
            runStart = runEnd;
        }
    }

    private void sortRun(int from, int to) {
        Integer[] slots = new Integer[to - from];
        Arrays.setAll(slots, i -> from + i);
        Arrays.sort(slots, Comparator.comparing(slot -> slot, (x, y) ->
                priority.compareStrictlyAtUnit(applicant[x], position[x], applicant[y], position[y])));
        int[] sortedApplicant = new int[slots.length];
        int[] sortedPosition = new int[slots.length];
        boolean[] sortedFinal = new boolean[slots.length];
        for (int i = 0; i < slots.length; i++) {
            sortedApplicant[i] = applicant[slots[i]];
            sortedPosition[i] = position[slots[i]];
            sortedFinal[i] = finalDrop[slots[i]];
        }
        System.arraycopy(sortedApplicant, 0, applicant, from, slots.length);
        System.arraycopy(sortedPosition, 0, position, from, slots.length);
        System.arraycopy(sortedFinal, 0, finalDrop, from, slots.length);
    }

    int first(int u) {
        return start[u];
    }

    int end(int u) {
        return start[u + 1];
    }

    int applicant(int file) {
        return applicant[file];
    }

    int position(int file) {
        return position[file];
    }

    /**
     * The first file at unit {@code u} that does not rank strictly above applicant {@code a}, who listed {@code u}
     * at {@code position}: the files before it were all placed before {@code a}'s turn came.
     */
    int firstNotAbove(int u, int a, int position) {
        int low = start[u];
        int high = start[u + 1];
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (priority.compareStrictlyAtUnit(applicant[middle], this.position[middle], a, position) < 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    /** Whether this file is the applicant's final drop rather than one rejected on the way (re-drop). */
    boolean isFinalDrop(int file) {
        return finalDrop[file];
    }
}
