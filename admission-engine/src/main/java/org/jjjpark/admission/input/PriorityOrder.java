package org.jjjpark.admission.input;

import java.util.List;

/**
 * Sorts applicants into the common priority order of d.0 (total score, then each subscore key of the chain, all
 * descending) with a stable counting sort per key, least significant key first: scores are bounded hundredths,
 * so this is linear, where a comparison sort of a million boxed indices would not be.
 */
final class PriorityOrder {

    private PriorityOrder() {
    }

    /**
     * Row indices in priority order: by {@code total}, then by each array of {@code subscores} (the chain's keys
     * in order), all descending; rows equal on every key keep their order in {@code start}.
     */
    static int[] sort(int[] total, List<int[]> subscores, int[] start) {
        int[] order = start;
        for (int k = subscores.size() - 1; k >= 0; k--) {
            order = sortDescending(order, subscores.get(k));
        }
        return sortDescending(order, total);
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
        for (int row : order) {
            sorted[start[max - values[row]]++] = row;
        }
        return sorted;
    }
}
