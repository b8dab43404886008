package org.jjjpark.admission;

import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.TieBreakKey;

import java.util.List;

/**
 * Sorts applicants into the common priority order (d.0) and ranks them. A stable counting sort per key, least
 * significant key first: scores are bounded hundredths, so this is linear and allocates a few arrays, where a
 * comparison sort of 1.07 M boxed indices would not be. Equal applicants stay in canonical (id) order.
 */
final class PriorityOrder {

    private PriorityOrder() {
    }

    /** Applicant indices, best first by total score and then each subscore key of the chain. */
    static int[] sort(ApplicantTable applicants, Priority priority) {
        int n = applicants.count();
        int[] order = new int[n];
        for (int a = 0; a < n; a++) {
            order[a] = a;
        }
        int[] values = new int[n];
        List<TieBreakKey> keys = priority.subscoreKeys();
        for (int k = keys.size() - 1; k >= 0; k--) {
            for (int a = 0; a < n; a++) {
                values[a] = applicants.tieBreakValue(keys.get(k), a);
            }
            order = sortDescending(order, values);
        }
        for (int a = 0; a < n; a++) {
            values[a] = applicants.total(a);
        }
        return sortDescending(order, values);
    }

    /** {@code rank[a]}: 1 + how many applicants are strictly better in the common order. */
    static int[] ranks(int[] order, Priority priority) {
        int[] rank = new int[order.length];
        for (int i = 0; i < order.length; i++) {
            boolean tiedWithPrevious = i > 0 && priority.compareCommon(order[i - 1], order[i]) == 0;
            rank[order[i]] = tiedWithPrevious ? rank[order[i - 1]] : i + 1;
        }
        return rank;
    }

    private static int[] sortDescending(int[] order, int[] values) {
        int max = 0;
        for (int value : values) {
            max = Math.max(max, value);
        }
        int[] start = new int[max + 2];
        for (int value : values) {
            start[max - value + 1]++;
        }
        for (int bucket = 1; bucket < start.length; bucket++) {
            start[bucket] += start[bucket - 1];
        }
        int[] sorted = new int[order.length];
        for (int a : order) {
            sorted[start[max - values[a]]++] = a;
        }
        return sorted;
    }
}
