package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a unit or a major asks of an applicant besides the batch control line (DOMAIN.md d.0): subjects taken,
 * minimum scores, and attributes it cannot admit (physical, language, sex where lawful).
 *
 * @param requiredSubjects   every one of them must have been taken
 * @param minimumScores      each component must reach its minimum
 * @param excludedAttributes an applicant holding any of them is not eligible
 */
public record Requirements(Set<Subject> requiredSubjects, Map<ScoreComponent, BigDecimal> minimumScores,
                           Set<String> excludedAttributes) {

    public static final Requirements NONE = new Requirements(Set.of(), Map.of(), Set.of());

    public Requirements {
        requiredSubjects = Set.copyOf(requiredSubjects);
        minimumScores = minimumScores.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Points.normal(e.getValue())));
        excludedAttributes = Set.copyOf(excludedAttributes);
    }

    /** Only subjects are required. */
    public static Requirements subjects(Subject... subjects) {
        return new Requirements(Set.of(subjects), Map.of(), Set.of());
    }
}
