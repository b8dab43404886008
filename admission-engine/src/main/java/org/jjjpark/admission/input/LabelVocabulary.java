package org.jjjpark.admission.input;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The labels some requirement names (subjects it requires, or attributes it excludes), each given one bit, so that
 * a requirement is checked with one mask operation. The engine does not interpret labels; an applicant's labels
 * that no requirement names get no bit. 64 distinct labels of a kind per round is the limit.
 */
final class LabelVocabulary {

    private final Map<String, Integer> bits = new HashMap<>();

    LabelVocabulary(String kind, Collection<Set<String>> named) {
        Set<String> labels = new TreeSet<>();
        named.forEach(labels::addAll);
        if (labels.size() > Long.SIZE) {
            throw new InvalidInputException("requirements name more than " + Long.SIZE + " distinct " + kind);
        }
        for (String label : labels) {
            bits.put(label, bits.size());
        }
    }

    long mask(Collection<String> labels) {
        long mask = 0;
        for (String label : labels) {
            Integer bit = bits.get(label);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }
}
