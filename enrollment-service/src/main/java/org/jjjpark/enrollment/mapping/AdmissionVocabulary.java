package org.jjjpark.enrollment.mapping;

import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Subject;
import org.jjjpark.enrollment.TieBreakKey;
import org.jjjpark.enrollment.TiePolicy;

import java.util.List;

/**
 * Enrollment's words for the admission engine's, in one place: the engine is a module of its own and names its
 * vocabulary itself, so a constant added on one side fails here, by name, rather than in a round.
 */
public final class AdmissionVocabulary {

    private AdmissionVocabulary() {
    }

    public static List<org.jjjpark.admission.input.TieBreakKey> tieBreakChain(List<TieBreakKey> chain) {
        return chain.stream().map(key -> org.jjjpark.admission.input.TieBreakKey.valueOf(key.name())).toList();
    }

    public static org.jjjpark.admission.input.TiePolicy tiePolicy(TiePolicy policy) {
        return org.jjjpark.admission.input.TiePolicy.valueOf(policy.name());
    }

    public static org.jjjpark.admission.input.Subject subject(Subject subject) {
        return org.jjjpark.admission.input.Subject.valueOf(subject.name());
    }

    /** The status an application moves to when the round decided {@code outcome} (DOMAIN.md, Applications). */
    public static ApplicationStatus status(OutcomeStatus outcome) {
        return switch (outcome) {
            case ADMITTED -> ApplicationStatus.ADMITTED;
            case REJECTED -> ApplicationStatus.REJECTED;
            case NOT_DROPPED -> ApplicationStatus.NOT_DROPPED;
        };
    }
}
