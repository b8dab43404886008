package org.jjjpark.admission;

import java.util.Arrays;

/**
 * The rejections after which an applicant went on to later choices ({@code reDropAfterRejection}, d.2), grouped by
 * applicant in list order. Few applicants have any, so they are kept apart from the per-applicant arrays.
 */
final class RejectionHistory {

    private static final RejectionReason[] REASONS = RejectionReason.values();

    /** {@code applicant << 32 | position << 2 | reason}: sorting the keys groups and orders the entries. */
    private long[] entries = new long[16];
    private int size;
    private int[] start;

    void add(int applicant, int position, RejectionReason reason) {
        if (size == entries.length) {
            entries = Arrays.copyOf(entries, size * 2);
        }
        entries[size++] = (long) applicant << 32 | (long) position << 2 | reason.ordinal();
    }

    /** Ends recording; afterwards the entries can be read per applicant. */
    RejectionHistory seal(int applicantCount) {
        entries = Arrays.copyOf(entries, size);
        Arrays.sort(entries);
        start = new int[applicantCount + 1];
        for (long entry : entries) {
            start[(int) (entry >>> 32) + 1]++;
        }
        for (int a = 0; a < applicantCount; a++) {
            start[a + 1] += start[a];
        }
        return this;
    }

    int count(int applicant) {
        return start[applicant + 1] - start[applicant];
    }

    int position(int applicant, int i) {
        return (int) entries[start[applicant] + i] >>> 2;
    }

    RejectionReason reason(int applicant, int i) {
        return REASONS[(int) entries[start[applicant] + i] & 3];
    }
}
