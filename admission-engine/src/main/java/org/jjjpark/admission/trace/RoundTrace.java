package org.jjjpark.admission.trace;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.RejectionReason;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.IneligibilityReason;
import org.jjjpark.admission.input.Points;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.UnitTable;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Traces the applicants of a round choice by choice, from its input and result alone. What a unit or major had
 * left at an applicant's turn follows from the result: everyone placed there before them ranks above them at that
 * unit, and a round never takes a seat back, so the files ahead of them in {@code ≻_u} are exactly those placed
 * before their turn.
 */
public final class RoundTrace {

    private final AdmissionResult result;
    private final ApplicantTable applicants;
    private final UnitTable units;
    private final Eligibility eligibility;
    private final Priority priority;
    private final UnitFiles files;

    public RoundTrace(AdmissionResult result) {
        this.result = result;
        applicants = result.input().applicants();
        units = result.input().units();
        eligibility = result.input().eligibility();
        priority = result.input().priority();
        files = new UnitFiles(result, priority);
    }

    public Optional<ApplicantTrace> of(String applicantId) {
        int a = applicants.indexOf(applicantId);
        return a < 0 ? Optional.empty() : Optional.of(of(a));
    }

    public ApplicantTrace of(int a) {
        int listLength = applicants.endChoice(a) - applicants.firstChoice(a);
        int last = result.dropPosition(a) >= 0 ? result.dropPosition(a) : listLength - 1;
        List<ChoiceStep> steps = new ArrayList<>();
        for (int p = 0; p <= last; p++) {
            steps.add(step(a, p));
        }
        return new ApplicantTrace(applicants.id(a), Points.of(applicants.total(a)), result.rank(a), result.status(a),
                steps);
    }

    private ChoiceStep step(int a, int p) {
        int c = applicants.firstChoice(a) + p;
        int u = applicants.unitOfChoice(c);
        if (p == result.dropPosition(a)) {
            return result.admittedMajor(a) >= 0 ? admitted(a, p, c, u) : rejected(a, p, c, u, result.rejectionReason(a));
        }
        for (int i = 0; i < result.earlierRejectionCount(a); i++) {
            if (result.earlierRejectionPosition(a, i) == p) {
                return rejected(a, p, c, u, result.earlierRejectionReason(a, i));
            }
        }
        IneligibilityReason reason = eligibility.reasonAtUnit(a, u);
        if (reason != null) {
            return new IneligibleChoice(p, units.id(u), reason);
        }
        return new FullChoice(p, units.id(u), units.dropCapacity(u), lastPlacedBefore(a, p, u, b -> true));
    }

    private AdmittedChoice admitted(int a, int p, int c, int u) {
        int m = result.admittedMajor(a);
        return new AdmittedChoice(p, units.id(u), majorsPassedOver(a, p, c, u, m, result.adjusted(a)),
                units.majorCode(m), result.adjusted(a));
    }

    private RejectedChoice rejected(int a, int p, int c, int u, RejectionReason reason) {
        if (reason == RejectionReason.QUOTA_FILLED) {
            return new RejectedChoice(p, units.id(u), reason, List.of(),
                    lastPlacedBefore(a, p, u, b -> result.admittedMajor(b) >= 0));
        }
        return new RejectedChoice(p, units.id(u), reason,
                majorsPassedOver(a, p, c, u, -1, reason == RejectionReason.NO_ELIGIBLE_SEAT), null);
    }

    /**
     * The majors d.2 tried before {@code outcome} (or all it tried, when -1): the listed ones in the applicant's
     * order, then, when adjustment was reached, the unit's others in code order.
     */
    private List<MajorStep> majorsPassedOver(int a, int p, int c, int u, int outcome, boolean reachedAdjustment) {
        List<MajorStep> passed = new ArrayList<>();
        List<Integer> listed = new ArrayList<>();
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            int m = applicants.listedMajor(k);
            if (m == outcome) {
                return passed;
            }
            listed.add(m);
            passed.add(passedOver(a, p, u, m));
        }
        for (int m = units.firstMajor(u); reachedAdjustment && m < units.endMajor(u) && m != outcome; m++) {
            if (!listed.contains(m)) {
                passed.add(passedOver(a, p, u, m));
            }
        }
        return passed;
    }

    private MajorStep passedOver(int a, int p, int u, int m) {
        IneligibilityReason reason = eligibility.reasonForMajor(a, m);
        if (reason != null) {
            return new IneligibleMajor(units.majorCode(m), reason);
        }
        return new FullMajor(units.majorCode(m), units.majorQuota(m),
                lastPlacedBefore(a, p, u, b -> result.admittedMajor(b) == m));
    }

    /** The last applicant whose final file at {@code u} came before {@code a}'s turn and passes {@code which}. */
    private Cutoff lastPlacedBefore(int a, int p, int u, IntPredicate which) {
        for (int f = files.firstNotAbove(u, a, p) - 1; f >= files.first(u); f--) {
            int b = files.applicant(f);
            if (files.isFinalDrop(f) && which.test(b)) {
                return new Cutoff(Points.of(applicants.total(b)), result.rank(b),
                        priority.decidingKey(b, files.position(f), a, p));
            }
        }
        return null;
    }
}
