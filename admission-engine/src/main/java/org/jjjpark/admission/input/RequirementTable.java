package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The {@link Requirements} of every unit (or every major) compiled to masks and hundredths in flat arrays, so
 * that checking an applicant against one of them, once per choice examined, reads two arrays and allocates nothing.
 */
final class RequirementTable {

    private static final int NO_MINIMUM = -1;
    private static final ScoreComponent[] COMPONENTS = ScoreComponent.values();

    private final int[] subjectMask;
    private final long[] excludedAttributeMask;
    /** Per entry, indexed by {@link ScoreComponent#ordinal()}; {@code null} when it sets no minimum at all. */
    private final int[][] minimums;

    RequirementTable(List<Requirements> requirements, AttributeVocabulary vocabulary) {
        subjectMask = new int[requirements.size()];
        excludedAttributeMask = new long[requirements.size()];
        minimums = new int[requirements.size()][];
        for (int i = 0; i < requirements.size(); i++) {
            Requirements entry = requirements.get(i);
            subjectMask[i] = SubjectMask.of(entry.requiredSubjects());
            excludedAttributeMask[i] = vocabulary.mask(entry.excludedAttributes());
            if (!entry.minimumScores().isEmpty()) {
                minimums[i] = new int[COMPONENTS.length];
                Arrays.fill(minimums[i], NO_MINIMUM);
                for (Map.Entry<ScoreComponent, BigDecimal> minimum : entry.minimumScores().entrySet()) {
                    minimums[i][minimum.getKey().ordinal()] = Points.hundredths(minimum.getValue(), "minimum",
                            minimum.getKey().name());
                }
            }
        }
    }

    /** The first requirement of entry {@code i} applicant {@code a} fails, in {@link IneligibilityReason} order; null if none. */
    IneligibilityReason failedBy(int i, ApplicantTable applicants, int a) {
        if ((applicants.subjectMask(a) & subjectMask[i]) != subjectMask[i]) {
            return IneligibilityReason.SUBJECT_REQUIREMENT;
        }
        if (minimums[i] != null) {
            for (ScoreComponent component : COMPONENTS) {
                int minimum = minimums[i][component.ordinal()];
                if (minimum != NO_MINIMUM && applicants.component(component, a) < minimum) {
                    return IneligibilityReason.SCORE_MINIMUM;
                }
            }
        }
        if ((applicants.attributeMask(a) & excludedAttributeMask[i]) != 0) {
            return IneligibilityReason.RESTRICTION;
        }
        return null;
    }
}
