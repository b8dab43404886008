package org.jjjpark.enrollment.mapping;

import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Subject;

/**
 * Enrollment's words for the admission engine's, in one place. Tie-break keys and tie policies are the engine's
 * own types, stored as they are; subjects and outcomes are translated here.
 */
public final class AdmissionVocabulary {

    private AdmissionVocabulary() {
    }

    /** The engine compares subjects as labels: the ones a unit requires against the ones an applicant took. */
    public static String subject(Subject subject) {
        return subject.name();
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
