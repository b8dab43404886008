package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Map;

/** {@link Requirements} compiled to masks and hundredths, so that checking one applicant allocates nothing. */
final class RequirementCheck {

    private static final int NO_MINIMUM = -1;

    private final int subjectMask;
    private final long excludedAttributeMask;
    /** Indexed by {@link ScoreComponent#ordinal()}; {@code null} when there is no minimum at all. */
    private final int[] minimums;

    RequirementCheck(Requirements requirements, AttributeVocabulary vocabulary) {
        subjectMask = SubjectMask.of(requirements.requiredSubjects());
        excludedAttributeMask = vocabulary.mask(requirements.excludedAttributes());
        if (requirements.minimumScores().isEmpty()) {
            minimums = null;
        } else {
            minimums = new int[ScoreComponent.values().length];
            Arrays.fill(minimums, NO_MINIMUM);
            for (Map.Entry<ScoreComponent, BigDecimal> minimum : requirements.minimumScores().entrySet()) {
                minimums[minimum.getKey().ordinal()] = Points.hundredths(minimum.getValue(), "minimum",
                        minimum.getKey().name());
            }
        }
    }

    /** The first requirement applicant {@code a} fails, in {@link IneligibilityReason} order; null if none. */
    IneligibilityReason failedBy(ApplicantTable applicants, int a) {
        if ((applicants.subjectMask(a) & subjectMask) != subjectMask) {
            return IneligibilityReason.SUBJECT_REQUIREMENT;
        }
        if (minimums != null) {
            for (ScoreComponent component : ScoreComponent.values()) {
                int minimum = minimums[component.ordinal()];
                if (minimum != NO_MINIMUM && applicants.component(component, a) < minimum) {
                    return IneligibilityReason.SCORE_MINIMUM;
                }
            }
        }
        if ((applicants.attributeMask(a) & excludedAttributeMask) != 0) {
            return IneligibilityReason.RESTRICTION;
        }
        return null;
    }
}
