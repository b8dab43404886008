package org.jjjpark.admission.input;

import java.util.Arrays;

/** A growable {@code int[]}: how the builder collects tens of millions of choices without boxing them. */
final class IntColumn {

    private int[] values = new int[1024];
    private int size;

    void add(int value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, values.length + (values.length >> 1));
        }
        values[size++] = value;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    /** The values collected, in an array of exactly their number. */
    int[] toArray() {
        return values.length == size ? values : Arrays.copyOf(values, size);
    }

    /**
     * Slices of this column in a new order: slice {@code i} of the result is slice {@code order[i]} of this one, where
     * slice {@code r} spans {@code start[r] .. start[r + 1] - 1}. Writes the new starts into {@code newStart}, then
     * lets go of this column's values, so that a large column is never held twice for long.
     */
    int[] reorderSlicesAndRelease(int[] start, int[] order, int[] newStart) {
        int[] reordered = new int[size];
        int next = 0;
        for (int i = 0; i < order.length; i++) {
            int from = start[order[i]];
            int length = start[order[i] + 1] - from;
            System.arraycopy(values, from, reordered, next, length);
            newStart[i] = next;
            next += length;
        }
        newStart[order.length] = next;
        release();
        return reordered;
    }

    /** Lets go of the values; the column cannot be read afterwards. */
    void release() {
        values = null;
    }
}
