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
}
