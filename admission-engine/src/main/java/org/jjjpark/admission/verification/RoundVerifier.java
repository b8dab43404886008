package org.jjjpark.admission.verification;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.OutcomeStatus;
import org.jjjpark.admission.OverflowKind;
import org.jjjpark.admission.RejectionReason;
import org.jjjpark.admission.TieOverflow;
import org.jjjpark.admission.UnitFiles;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.UnitTable;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Checks a result against the invariants of DOMAIN.md d.6 that hold at run time, using only the input and the
 * result: it does not replay the matcher, it checks that each outcome is justified by the state the definitions
 * imply. The priority order itself is checked first, because the per-unit checks rely on it.
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
            UnitFiles files = new UnitFiles(result, priority);
            checkQuotasAndTieOverflows(files);
            checkStageOne(files);
            checkStageTwo(files);
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

    /** d.0: the result's order is the input's common priority order, equal applicants in id order, and ranks match. */
    private boolean checkPriorityOrder() {
        int n = applicants.count();
        boolean[] seen = new boolean[n];
        boolean sound = true;
        for (int i = 0; i < n; i++) {
            int a = result.applicantInOrder(i);
            if (a < 0 || a >= n || seen[a]) {
                log.add(Invariant.PRIORITY_ORDER, null, null, "the order is not a permutation at place " + i);
                return false;
            }
            seen[a] = true;
            int previous = i == 0 ? -1 : result.applicantInOrder(i - 1);
            int comparison = previous < 0 ? -1 : priority.compareCommon(previous, a);
            int expectedRank = comparison == 0 ? result.rank(previous) : i + 1;
            if (comparison > 0 || comparison == 0 && previous > a) {
                log.add(Invariant.PRIORITY_ORDER, applicants.id(a), null, "placed after " + applicants.id(previous)
                        + ", who does not rank above them");
                sound = false;
            } else if (result.rank(a) != expectedRank) {
                log.add(Invariant.PRIORITY_ORDER, applicants.id(a), null,
                        "rank " + result.rank(a) + " where the order gives " + expectedRank);
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
     * d.6.1 and d.6.2: each capacity holds, or is exceeded only by the fully tied applicants at its cutoff under
     * ADMIT_ALL_TIED; and the report lists exactly those overflows.
     */
    private void checkQuotasAndTieOverflows(UnitFiles files) {
        List<TieOverflow> expected = new ArrayList<>();
        for (int u = 0; u < units.count(); u++) {
            List<Integer> dropped = filesAt(files, u, a -> true);
            checkCapacity(files, dropped, u, -1, units.dropCapacity(u), Invariant.DROP_QUOTA,
                    OverflowKind.DROP_CAPACITY, expected);
            List<Integer> admitted = filesAt(files, u, a -> result.admittedMajor(a) >= 0);
            checkCapacity(files, admitted, u, -1, units.quota(u), Invariant.ADMISSION_QUOTA,
                    OverflowKind.UNIT_QUOTA, expected);
            for (int major = units.firstMajor(u); major < units.endMajor(u); major++) {
                int m = major;
                List<Integer> toMajor = filesAt(files, u, a -> result.admittedMajor(a) == m);
                checkCapacity(files, toMajor, u, m, units.majorQuota(m), Invariant.ADMISSION_QUOTA,
                        OverflowKind.MAJOR_QUOTA, expected);
            }
        }
        Set<TieOverflow> reported = new HashSet<>(result.tieOverflows());
        for (TieOverflow overflow : expected) {
            if (!reported.remove(overflow)) {
                log.add(Invariant.TIE_OVERFLOW_REPORT, null, overflow.unitId(), "not reported: " + overflow);
            }
        }
        for (TieOverflow overflow : reported) {
            log.add(Invariant.TIE_OVERFLOW_REPORT, null, overflow.unitId(), "reported but not found: " + overflow);
        }
    }

    /** The final-drop files at unit {@code u} whose applicant passes {@code filter}, in {@code ≻_u} order. */
    private List<Integer> filesAt(UnitFiles files, int u, IntPredicate filter) {
        List<Integer> selected = new ArrayList<>();
        for (int f = files.first(u); f < files.end(u); f++) {
            if (files.isFinalDrop(f) && filter.test(files.applicant(f))) {
                selected.add(f);
            }
        }
        return selected;
    }

    private void checkCapacity(UnitFiles files, List<Integer> placed, int u, int m, int capacity,
                               Invariant invariant, OverflowKind kind, List<TieOverflow> expected) {
        if (placed.size() <= capacity) {
            return;
        }
        String where = m < 0 ? kind.name() : kind + " of " + units.majorCode(m);
        if (!allTied) {
            log.add(invariant, null, units.id(u), placed.size() + " placed within " + where + " " + capacity);
            return;
        }
        int last = placed.get(placed.size() - 1);
        List<String> tied = new ArrayList<>();
        for (int f : placed) {
            if (priority.compareAtUnit(files.applicant(f), files.position(f), files.applicant(last),
                    files.position(last)) == 0) {
                tied.add(applicants.id(files.applicant(f)));
            }
        }
        if (placed.size() - tied.size() >= capacity) {
            log.add(invariant, null, units.id(u), placed.size() + " placed within " + where + " " + capacity
                    + ", but only " + tied.size() + " are tied at the cutoff");
            return;
        }
        tied.sort(null);
        expected.add(new TieOverflow(kind, units.id(u), m < 0 ? null : units.majorCode(m), capacity,
                placed.size(), tied));
    }

    /**
     * d.6.5 and d.6.6: every eligible unit an applicant listed above their drop (or anywhere, when not dropped),
     * and that did not reject them, received all its files, each from an applicant ranked strictly above them there.
     */
    private void checkStageOne(UnitFiles files) {
        int[] dropCount = new int[units.count()];
        int[] weakest = new int[units.count()];
        for (int u = 0; u < units.count(); u++) {
            for (int f = files.first(u); f < files.end(u); f++) {
                if (files.isFinalDrop(f)) {
                    dropCount[u]++;
                    weakest[u] = f;
                }
            }
        }
        for (int a = 0; a < applicants.count(); a++) {
            int listLength = applicants.endChoice(a) - applicants.firstChoice(a);
            int limit = result.dropPosition(a) >= 0 ? result.dropPosition(a) : listLength;
            for (int p = 0; p < limit; p++) {
                int u = unitAt(a, p);
                if (rejectedEarlierAt(a, p) || !eligibility.atUnit(a, u)) {
                    continue;
                }
                if (dropCount[u] < units.dropCapacity(u)) {
                    log.add(Invariant.NON_WASTEFULNESS, applicants.id(a), units.id(u), "listed at position " + p
                            + " above the outcome and eligible, but the unit has " + dropCount[u] + " of "
                            + units.dropCapacity(u) + " files");
                } else if (dropCount[u] > 0 && priority.compareStrictlyAtUnit(files.applicant(weakest[u]),
                        files.position(weakest[u]), a, p) >= 0) {
                    log.add(Invariant.NO_JUSTIFIED_ENVY, applicants.id(a), units.id(u), "listed at position " + p
                            + " above the outcome, but " + applicants.id(files.applicant(weakest[u]))
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

    /**
     * d.6.7: walks each unit's files in {@code ≻_u} order, a class of fully tied applicants at a time, and checks
     * every decision against the seats left before that class: as re-running stage 2 would decide it.
     */
    private void checkStageTwo(UnitFiles files) {
        int[] seatsLeft = new int[units.majorCount()];
        for (int m = 0; m < units.majorCount(); m++) {
            seatsLeft[m] = units.majorQuota(m);
        }
        for (int u = 0; u < units.count(); u++) {
            int admitted = 0;
            int dropped = 0;
            for (int classStart = files.first(u); classStart < files.end(u); ) {
                int classEnd = classStart + 1;
                while (classEnd < files.end(u) && priority.compareStrictlyAtUnit(files.applicant(classStart),
                        files.position(classStart), files.applicant(classEnd), files.position(classEnd)) == 0) {
                    classEnd++;
                }
                for (int f = classStart; f < classEnd; f++) {
                    checkDecision(files, f, u, admitted, dropped, seatsLeft);
                }
                for (int f = classStart; f < classEnd; f++) {
                    int m = files.isFinalDrop(f) ? result.admittedMajor(files.applicant(f)) : -1;
                    dropped += files.isFinalDrop(f) ? 1 : 0;
                    if (m >= 0) {
                        admitted++;
                        seatsLeft[m]--;
                    }
                }
                classStart = classEnd;
            }
        }
    }

    private void checkDecision(UnitFiles files, int f, int u, int admitted, int dropped, int[] seatsLeft) {
        int a = files.applicant(f);
        int c = applicants.firstChoice(a) + files.position(f);
        String problem;
        if (!files.isFinalDrop(f)) {
            if (dropped >= units.dropCapacity(u)) {
                log.add(Invariant.DROP_QUOTA, applicants.id(a), units.id(u),
                        "dropped (and rejected) after the unit had received all its files");
            }
            problem = rejectionProblem(a, c, u, reasonOfEarlierRejection(a, files.position(f)), admitted,
                    seatsLeft);
        } else if (result.admittedMajor(a) >= 0) {
            problem = admissionProblem(a, c, u, result.admittedMajor(a), admitted, seatsLeft);
        } else {
            problem = rejectionProblem(a, c, u, result.rejectionReason(a), admitted, seatsLeft);
        }
        if (problem != null) {
            log.add(Invariant.STAGE_TWO_ORDER, applicants.id(a), units.id(u), problem);
        }
    }

    private RejectionReason reasonOfEarlierRejection(int a, int position) {
        int i = 0;
        while (result.earlierRejectionPosition(a, i) != position) {
            i++;
        }
        return result.earlierRejectionReason(a, i);
    }

    /** d.2: the admitted major had a seat, and every major before it in the applicant's order had none for them. */
    private String admissionProblem(int a, int c, int u, int m, int admitted, int[] seatsLeft) {
        if (admitted >= units.quota(u)) {
            return "admitted after the unit had filled its quota";
        }
        if (seatsLeft[m] <= 0) {
            return "admitted to " + units.majorCode(m) + ", which had no seat left";
        }
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            int listed = applicants.listedMajor(k);
            if (listed == m) {
                return null;
            }
            if (available(a, listed, seatsLeft)) {
                return "admitted to " + units.majorCode(m) + " although listed " + units.majorCode(listed)
                        + " had an eligible seat";
            }
        }
        for (int other = units.firstMajor(u); other < m; other++) {
            if (available(a, other, seatsLeft)) {
                return "adjusted to " + units.majorCode(m) + " although " + units.majorCode(other)
                        + " comes first and had an eligible seat";
            }
        }
        return null;
    }

    /** d.2: the reason given is the one the seats left at the applicant's turn imply. */
    private String rejectionProblem(int a, int c, int u, RejectionReason reason, int admitted, int[] seatsLeft) {
        boolean quotaFilled = admitted >= units.quota(u);
        if (quotaFilled != (reason == RejectionReason.QUOTA_FILLED)) {
            return "rejected " + reason + " with " + admitted + " of " + units.quota(u) + " admitted";
        }
        if (quotaFilled) {
            return null;
        }
        boolean adjustable = applicants.acceptsAdjustment(c);
        if (adjustable != (reason == RejectionReason.NO_ELIGIBLE_SEAT)) {
            return "rejected " + reason + (adjustable ? " although" : " without") + " accepting adjustment";
        }
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            if (available(a, applicants.listedMajor(k), seatsLeft)) {
                return "rejected although listed " + units.majorCode(applicants.listedMajor(k))
                        + " had an eligible seat";
            }
        }
        for (int m = units.firstMajor(u); adjustable && m < units.endMajor(u); m++) {
            if (available(a, m, seatsLeft)) {
                return "rejected although " + units.majorCode(m) + " had an eligible seat for adjustment";
            }
        }
        return null;
    }

    private boolean available(int a, int m, int[] seatsLeft) {
        return seatsLeft[m] > 0 && eligibility.forMajor(a, m);
    }

    private int unitAt(int a, int position) {
        return applicants.unitOfChoice(applicants.firstChoice(a) + position);
    }

    private int dropChoice(int a) {
        return applicants.firstChoice(a) + result.dropPosition(a);
    }
}
