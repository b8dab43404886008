package org.jjjpark.enrollment.messaging;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.enrollment.AdmissionDecision;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.Choice;
import org.jjjpark.enrollment.service.IdentityProtection;
import org.jjjpark.eventing.outbox.Outbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.enrollment.AdmissionRoundCompleted;
import org.jjjpark.events.enrollment.ApplicantAdmitted;
import org.jjjpark.events.enrollment.ApplicantRejected;
import org.jjjpark.events.enrollment.ApplicationChoice;
import org.jjjpark.events.enrollment.ApplicationDeleted;
import org.jjjpark.events.enrollment.ApplicationSubmitted;
import org.jjjpark.events.enrollment.ApplicationUpdated;
import org.jjjpark.events.enrollment.ApplicationWithdrawn;
import org.jjjpark.events.enrollment.CandidateRegistered;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

/**
 * Records enrollment-service's events in the outbox, inside the caller's transaction. Candidates travel keyed by
 * candidate id, applications by application id. Events are pseudonymous: ids and keyed hashes, never a name,
 * exam number or ID number. Callers flush first, so the version published is the one stored.
 */
@ApplicationScoped
public class EnrollmentEventPublisher {

    private final Outbox outbox;
    private final IdentityProtection identity;

    @Inject
    public EnrollmentEventPublisher(Outbox outbox, IdentityProtection identity) {
        this.outbox = outbox;
        this.identity = identity;
    }

    /**
     * A new candidate, or one whose identity numbers were corrected: the gateway matches sign-ups against the
     * hashes, and keeps the newest version.
     *
     * @param idNumber the plain ID number, hashed here and never stored in the event
     */
    public void registered(Candidate c, String idNumber) {
        String id = c.id.toString();
        outbox.record(EventCatalog.CANDIDATE_REGISTERED, id, id, new CandidateRegistered(c.id, c.version,
                c.provinceCode, c.examYear, identity.examNumberHash(c.examNumber), identity.idNumberHash(idNumber)));
    }

    public void submitted(Application a) {
        String id = a.id.toString();
        outbox.record(EventCatalog.APPLICATION_SUBMITTED, id, id, new ApplicationSubmitted(a.id, a.candidateId,
                a.version, a.intakeYear, a.sourceProvince, a.batch.name(), choices(a), a.status.name()));
    }

    public void updated(Application a) {
        String id = a.id.toString();
        outbox.record(EventCatalog.APPLICATION_UPDATED, id, id, new ApplicationUpdated(a.id, a.candidateId,
                a.version, a.intakeYear, a.sourceProvince, a.batch.name(), choices(a), a.status.name()));
    }

    public void withdrawn(Application a) {
        String id = a.id.toString();
        outbox.record(EventCatalog.APPLICATION_WITHDRAWN, id, id, new ApplicationWithdrawn(a.id, a.candidateId,
                a.version, a.intakeYear, a.sourceProvince, a.batch.name()));
    }

    /** The deletion counts as one more change of the application, so its version follows the last one stored. */
    public void deleted(Application a, OffsetDateTime at) {
        String id = a.id.toString();
        outbox.record(EventCatalog.APPLICATION_DELETED, id, id, new ApplicationDeleted(a.id, a.candidateId,
                a.version + 1, a.intakeYear, a.sourceProvince, a.batch.name(), at));
    }

    /** Recorded after the applicants' events of the round, so a consumer that sees it has been sent all of them. */
    public void roundCompleted(AdmissionRound r) {
        String id = r.id.toString();
        outbox.record(EventCatalog.ADMISSION_ROUND_COMPLETED, id, id, new AdmissionRoundCompleted(r.id, r.intakeYear,
                r.sourceProvince, r.batch.name(), r.algorithmVersion, r.inputSha256, r.resultSha256, r.applicants,
                r.admitted, r.rejected, r.notDropped));
    }

    /**
     * One event per decision of a round, recorded in bulk (one COPY for a province's million). Keyed by application
     * id, so each follows its application's earlier events in order.
     *
     * @param decisions the decisions, each with the version its application has after the round moved it
     */
    public void decided(AdmissionScope scope, Stream<DecidedApplication> decisions) {
        outbox.recordAll(events -> decisions.forEach(decided -> {
            AdmissionDecision d = decided.decision();
            String id = d.applicationId.toString();
            if (d.outcome == ApplicationStatus.ADMITTED) {
                events.record(EventCatalog.APPLICANT_ADMITTED, id, id, new ApplicantAdmitted(d.roundId,
                        d.applicationId, d.candidateId, decided.version(), scope.intakeYear(), scope.sourceProvince(),
                        scope.batch().name(), d.unitId, d.planLineId, d.adjusted));
            } else {
                String reason = d.outcome == ApplicationStatus.NOT_DROPPED ? d.outcome.name() : d.rejectionReason;
                events.record(EventCatalog.APPLICANT_REJECTED, id, id, new ApplicantRejected(d.roundId,
                        d.applicationId, d.candidateId, decided.version(), scope.intakeYear(), scope.sourceProvince(),
                        scope.batch().name(), d.unitId, reason));
            }
        }));
    }

    private static List<ApplicationChoice> choices(Application a) {
        return a.choices.stream().map((Choice c) -> new ApplicationChoice(c.majors(), c.acceptAdjustment())).toList();
    }
}
