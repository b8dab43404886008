package org.jjjpark.admission.verification;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.UnitTable;

import java.util.List;

/**
 * Checks a result against the invariants of DOMAIN.md d.6 that hold at run time, using only the input and the
 * result: it does not run the matcher again, it checks that each outcome is justified by the state the
 * definitions imply. The stored priority order is checked first, key by key, because the other checks rely on it.
 */
public final class RoundVerifier {

    private final AdmissionResult result;
    private final ApplicantTable applicants;
    private final UnitTable units;
    private final Eligibility eligibility;
    private final Priority priority;
    private final boolean reDrop;
    private final boolean allTied;
    private final ViolationLog log = new ViolationLog();

    private RoundVerifier(AdmissionResult result) {
        this.result = result;
        applicants = result.input().applicants();
        units = result.input().units();
        eligibility = result.input().eligibility();
        priority = result.input().priority();
        reDrop = result.input().config().reDropAfterRejection();
        allTied = result.input().config().tiePolicy() == TiePolicy.ADMIT_ALL_TIED;
    }

    /** Every violation found, at most {@value ViolationLog#KEPT_PER_INVARIANT} per invariant; empty when sound. */
    public static List<InvariantViolation> verify(AdmissionResult result) {
        return new RoundVerifier(result).check();
    }

    private List<InvariantViolation> check() {
        boolean wellFormed = checkSingleAssignment();
        boolean ordered = checkPriorityOrder();
        if (wellFormed && ordered) {
            checkListsAndEligibility();
            SeatReplay replay = new SeatReplay(result, priority, log).run();
            replay.checkCapacities(allTied);
            checkStageOne(replay);
        }
        return log.violations();
    }

    /** d.6.3, and every index in range: what the other checks need to read the result at all. */
    private boolean checkSingleAssignment() {
        for (int a = 0; a < applicants.count(); a++) {
            String problem = assignmentProblem(a);
            if (problem != null) {
                log.add(Invariant.SINGLE_ASSIGNMENT, applicants.id(a), null, problem);
            }
        }
        return log.violations().isEmpty();
    }

    private String assignmentProblem(int a) {
        int listLength = applicants.endChoice(a) - applicants.firstChoice(a);
        int position = result.dropPosition(a);
        OutcomeStatus status = result.status(a);
        if (position < -1 || position >= listLength) {
            return "drop position " + position + " is outside a list of " + listLength;
        }
        if ((position >= 0) == (status == OutcomeStatus.NOT_DROPPED)) {
            return status + " with drop position " + position;
        }
        if ((status == OutcomeStatus.ADMITTED) != (result.admittedMajor(a) >= 0)) {
            return status + " with admitted major " + result.admittedMajor(a);
        }
        if ((status == OutcomeStatus.REJECTED) != (result.rejectionReason(a) != null)) {
            return status + " with rejection reason " + result.rejectionReason(a);
        }
        if (status == OutcomeStatus.REJECTED && reDrop) {
            return "a final rejection although rejected applicants are dropped again";
        }
        int u = result.droppedUnit(a);
        int m = result.admittedMajor(a);
        if (m >= 0 && (m < units.firstMajor(u) || m >= units.endMajor(u))) {
            return "admitted to major " + m + ", which is not a major of the unit dropped to";
        }
        int limit = position >= 0 ? position : listLength;
        int previous = -1;
        for (int i = 0; i < result.earlierRejectionCount(a); i++) {
            int rejectedAt = result.earlierRejectionPosition(a, i);
            if (!reDrop || rejectedAt <= previous || rejectedAt >= limit) {
                return "earlier rejection at list position " + rejectedAt + " cannot precede this outcome";
            }
            previous = rejectedAt;
        }
        return null;
    }

    /**
     * d.0: the snapshot stores applicants in the common priority order, equal applicants by id, which the fast
     * comparisons below rely on; the result's ranks are the ranks of that order. Checked key by key.
     */
    private boolean checkPriorityOrder() {
        boolean sound = true;
        for (int a = 0; a < applicants.count(); a++) {
            int comparison = a == 0 ? -1 : priority.compareCommonByKeys(a - 1, a);
            if (comparison > 0 || comparison == 0 && applicants.id(a - 1).compareTo(applicants.id(a)) >= 0) {
                log.add(Invariant.PRIORITY_ORDER, applicants.id(a), null, "stored after " + applicants.id(a - 1)
                        + ", who does not come before them");
                sound = false;
            } else if (result.rank(a) != priority.rank(a)) {
                log.add(Invariant.PRIORITY_ORDER, applicants.id(a), null,
                        "rank " + result.rank(a) + " where the order gives " + priority.rank(a));
                sound = false;
            }
        }
        return sound;
    }

    /** d.6.4: files only at eligible units; admissions only to eligible majors, listed or accepted as adjustment. */
    private void checkListsAndEligibility() {
        for (int a = 0; a < applicants.count(); a++) {
            for (int i = 0; i < result.earlierRejectionCount(a); i++) {
                int u = unitAt(a, result.earlierRejectionPosition(a, i));
                if (!eligibility.atUnit(a, u)) {
                    log.add(Invariant.LIST_AND_ELIGIBILITY, applicants.id(a), units.id(u),
                            "dropped (and rejected) although " + eligibility.reasonAtUnit(a, u));
                }
            }
            if (result.dropPosition(a) < 0) {
                continue;
            }
            int u = result.droppedUnit(a);
            int m = result.admittedMajor(a);
            if (!eligibility.atUnit(a, u)) {
                log.add(Invariant.LIST_AND_ELIGIBILITY, applicants.id(a), units.id(u),
                        "dropped although " + eligibility.reasonAtUnit(a, u));
            } else if (m >= 0 && !eligibility.forMajor(a, m)) {
                log.add(Invariant.LIST_AND_ELIGIBILITY, applicants.id(a), units.id(u),
                        "admitted to " + units.majorCode(m) + " although " + eligibility.reasonForMajor(a, m));
            } else if (m >= 0 && result.adjusted(a) && !applicants.acceptsAdjustment(dropChoice(a))) {
                log.add(Invariant.LIST_AND_ELIGIBILITY, applicants.id(a), units.id(u),
                        "adjusted to " + units.majorCode(m) + " without accepting adjustment");
            }
        }
    }

    /**
     * d.6.5 and d.6.6: every eligible unit an applicant listed above their drop (or anywhere, when not dropped),
     * and that did not reject them, received all its files, each from an applicant ranked strictly above them there.
     */
    private void checkStageOne(SeatReplay replay) {
        for (int a = 0; a < applicants.count(); a++) {
            int listLength = applicants.endChoice(a) - applicants.firstChoice(a);
            int limit = result.dropPosition(a) >= 0 ? result.dropPosition(a) : listLength;
            for (int p = 0; p < limit; p++) {
                int u = unitAt(a, p);
                int dropCount = replay.dropCount(u);
                boolean full = dropCount >= units.dropCapacity(u);
                if (full && (dropCount == 0
                        || priority.compareStrictlyAtUnit(replay.weakest(u), replay.weakestPosition(u), a, p) < 0)) {
                    continue; // nothing to envy there, eligible or not: checked first as the cheaper test
                }
                if (rejectedEarlierAt(a, p) || !eligibility.atUnit(a, u)) {
                    continue;
                }
                if (!full) {
                    log.add(Invariant.NON_WASTEFULNESS, applicants.id(a), units.id(u), "listed at position " + p
                            + " above the outcome and eligible, but the unit has " + dropCount + " of "
                            + units.dropCapacity(u) + " files");
                } else {
                    log.add(Invariant.NO_JUSTIFIED_ENVY, applicants.id(a), units.id(u), "listed at position " + p
                            + " above the outcome, but " + applicants.id(replay.weakest(u))
                            + " holds a file there without ranking above them");
                }
            }
        }
    }

    private boolean rejectedEarlierAt(int a, int position) {
        for (int i = 0; i < result.earlierRejectionCount(a); i++) {
            if (result.earlierRejectionPosition(a, i) == position) {
                return true;
            }
        }
        return false;
    }

    private int unitAt(int a, int position) {
        return applicants.unitOfChoice(applicants.firstChoice(a) + position);
    }

    private int dropChoice(int a) {
        return applicants.firstChoice(a) + result.dropPosition(a);
    }
}
