package org.jjjpark.admission.input;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The attributes some unit or major excludes, each given one bit. Applicant attributes outside it cannot affect
 * eligibility and get no bit; 64 distinct excluded attributes per round is the limit.
 */
final class AttributeVocabulary {

    private final Map<String, Integer> bits = new HashMap<>();

    AttributeVocabulary(Collection<Unit> units) {
        Set<String> excluded = new TreeSet<>();
        for (Unit unit : units) {
            excluded.addAll(unit.requirements().excludedAttributes());
            unit.majors().forEach(major -> excluded.addAll(major.requirements().excludedAttributes()));
        }
        if (excluded.size() > Long.SIZE) {
            throw new InvalidInputException("more than " + Long.SIZE + " distinct excluded attributes");
        }
        for (String attribute : excluded) {
            bits.put(attribute, bits.size());
        }
    }

    long mask(Collection<String> attributes) {
        long mask = 0;
        for (String attribute : attributes) {
            Integer bit = bits.get(attribute);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }
}
