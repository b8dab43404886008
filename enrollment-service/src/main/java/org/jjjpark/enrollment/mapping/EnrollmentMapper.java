package org.jjjpark.enrollment.mapping;

import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionDecision;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.Explanation;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.ApplicationChange;
import org.jjjpark.enrollment.ApplicationDeletion;
import org.jjjpark.enrollment.ApplicationKey;
import org.jjjpark.enrollment.ApplicationStatusChange;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.CandidateCorrection;
import org.jjjpark.enrollment.Choice;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.rest.AdmissionConfigView;
import org.jjjpark.enrollment.rest.AdmissionDecisionView;
import org.jjjpark.enrollment.rest.AdmissionRoundView;
import org.jjjpark.enrollment.rest.ExplanationView;
import org.jjjpark.enrollment.rest.RoundCountsView;
import org.jjjpark.enrollment.rest.RoundManifestView;
import org.jjjpark.enrollment.rest.ApplicationChangeView;
import org.jjjpark.enrollment.rest.ApplicationDeletionView;
import org.jjjpark.enrollment.rest.ApplicationKeyView;
import org.jjjpark.enrollment.rest.ApplicationView;
import org.jjjpark.enrollment.rest.ChoiceEntry;
import org.jjjpark.enrollment.rest.StatusChangeView;
import org.jjjpark.enrollment.rest.CandidateView;
import org.jjjpark.enrollment.rest.CorrectionView;

import java.util.List;
import java.util.UUID;
import org.jjjpark.enrollment.rest.PlanLineView;

/** Entity to response mapping; the only place that decides what clients see. */
public final class EnrollmentMapper {

    private EnrollmentMapper() {
    }

    /** @param institutionId the offering institution, or {@code null} while the program is unknown here */
    public static PlanLineView toView(PlanLine l, UUID institutionId) {
        return new PlanLineView(l.id, l.agreementId, l.programId, institutionId, l.intakeYear, l.planProvince, l.sourceProvince,
                l.batch, l.planType, l.seats, l.status, l.createdAt, l.updatedAt);
    }

    public static AdmissionConfigView toView(AdmissionConfig c) {
        return new AdmissionConfigView(c.scope.intakeYear(), c.scope.sourceProvince(), c.scope.batch(),
                c.windowOpensAt, c.windowClosesAt, c.maxChoices, c.maxMajorsPerUnit, c.dropRatio, c.tieBreakChain,
                c.tiePolicy, c.version, c.updatedAt);
    }

    /** @param idNumberMasked the ID number as clients may see it; the plain number never reaches a view */
    public static CandidateView toView(Candidate c, String idNumberMasked) {
        return new CandidateView(c.id, c.provinceCode, c.examYear, c.examNumber, c.name, idNumberMasked,
                c.birthDate, c.sex, c.subjectTrack, c.subjects, c.totalScore, c.chinese, c.mathematics,
                c.foreignLanguage, c.firstChoiceSubject, c.electives, c.version, c.createdAt, c.updatedAt);
    }

    public static CorrectionView toView(CandidateCorrection c) {
        return new CorrectionView(c.version, List.of(c.changedFields.split(",")), c.correctedBy, c.correctedAt);
    }

    public static ApplicationView toView(Application a, List<ApplicationStatusChange> history) {
        return new ApplicationView(a.id, a.candidateId, a.intakeYear, a.sourceProvince, a.batch, a.status,
                toView(a.choices),
                history.stream().map(h -> new StatusChangeView(h.status, h.version, h.changedAt)).toList(),
                a.version, a.createdAt, a.updatedAt);
    }

    public static ApplicationChangeView toView(ApplicationChange c) {
        return new ApplicationChangeView(c.changeVersion(), c.id(), toView(c.key()), c.status(), toView(c.choices()),
                c.updatedAt());
    }

    public static ApplicationDeletionView toView(ApplicationDeletion d) {
        return new ApplicationDeletionView(d.changeVersion, d.applicationId, toView(d.key()), d.deletedAt);
    }

    public static AdmissionRoundView toView(AdmissionRound r) {
        return new AdmissionRoundView(r.id, r.intakeYear, r.sourceProvince, r.batch, r.dryRun, r.status,
                new RoundManifestView(r.algorithmVersion, r.dropRatio, r.tieBreakChain, r.tiePolicy, r.inputSha256,
                        r.resultSha256),
                new RoundCountsView(r.applicants, r.admitted, r.rejected, r.notDropped, r.tieOverflows),
                r.violations == null ? List.of() : List.of(r.violations.split("\n")), r.startedAt, r.finishedAt);
    }

    public static AdmissionDecisionView toView(AdmissionDecision d) {
        return new AdmissionDecisionView(d.roundId, d.applicationId, d.candidateId, d.rank, d.score, d.outcome,
                d.unitId, d.planLineId, d.adjusted, d.rejectionReason);
    }

    public static ExplanationView explanation(AdmissionDecision d) {
        return new ExplanationView(toView(d), Explanation.of(d), d.trace);
    }

    private static ApplicationKeyView toView(ApplicationKey k) {
        return new ApplicationKeyView(k.intakeYear(), k.sourceProvince(), k.batch(), k.examNumber(), k.submittedAt());
    }

    private static List<ChoiceEntry> toView(List<Choice> choices) {
        return choices.stream().map(c -> new ChoiceEntry(c.majors(), c.acceptAdjustment())).toList();
    }
}
