package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.UnitTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One round as DOMAIN.md d.1–d.3 define it, in a single pass over the applicants in priority order: each applicant
 * takes the first eligible unit of their list with a file left (d.1, serial dictatorship), and that unit decides
 * at once (d.2). Deciding at drop time is the same as running stage 2 afterwards, because a unit processes its
 * files in the same order they arrive in; and it makes {@code reDropAfterRejection} exact: an applicant rejected
 * at their turn goes on to later choices before anyone worse has moved (d.2, "re-runs stage 1 from that
 * applicant's position").
 *
 * <p>Applicants equal in priority form a class that is decided against the seats left before any of them is
 * placed, then placed together: that is how {@code ADMIT_ALL_TIED} lets a cutoff be exceeded (d.3).
 */
final class AdmissionRound {

    /** Placing a class over each member's whole list rather than one position of it. */
    private static final int WHOLE_LIST = -1;
    private static final long NOT_PLACED = -1;

    private final AdmissionInput input;
    private final ApplicantTable applicants;
    private final UnitTable units;
    private final Eligibility eligibility;
    private final Priority priority;
    private final boolean reDrop;
    private final SeatLedger ledger;
    private final int[] dropPosition;
    private final int[] admittedMajor;
    private final byte[] status;
    private final byte[] rejectionReason;
    private final RejectionHistory earlierRejections = new RejectionHistory();
    private final List<TieOverflow> tieOverflows = new ArrayList<>();
    private long[] decisions = new long[16];

    private AdmissionRound(AdmissionInput input) {
        this.input = input;
        applicants = input.applicants();
        units = input.units();
        eligibility = input.eligibility();
        priority = input.priority();
        reDrop = input.config().reDropAfterRejection();
        ledger = new SeatLedger(input);
        int n = applicants.count();
        dropPosition = new int[n];
        admittedMajor = new int[n];
        status = new byte[n];
        rejectionReason = new byte[n];
        Arrays.fill(dropPosition, -1);
        Arrays.fill(admittedMajor, -1);
        Arrays.fill(status, (byte) OutcomeStatus.NOT_DROPPED.ordinal());
        Arrays.fill(rejectionReason, AdmissionResult.NO_REASON);
    }

    /** Runs the round; the result is not verified yet. */
    static AdmissionResult run(AdmissionInput input) {
        return new AdmissionRound(input).placeEveryone();
    }

    /** The snapshot stores applicants in priority order, so the pass goes through them by index, group by group. */
    private AdmissionResult placeEveryone() {
        int n = applicants.count();
        int[] single = new int[1];
        int[] rank = new int[n];
        for (int first = 0; first < n; ) {
            int start = first;
            int end = start + 1;
            while (end < n && priority.tieGroup(end) == start) {
                end++;
            }
            if (end - start == 1) {
                single[0] = start;
                placeClass(single, 0, 1, WHOLE_LIST);
            } else {
                int[] group = new int[end - start];
                Arrays.setAll(group, i -> start + i);
                placeTieGroup(group);
            }
            for (int a = start; a < end; a++) {
                rank[a] = priority.rank(a);
            }
            first = end;
        }
        tieOverflows.sort(Comparator.comparing(TieOverflow::unitId).thenComparing(TieOverflow::kind)
                .thenComparing(overflow -> overflow.majorCode() == null ? "" : overflow.majorCode()));
        return new AdmissionResult(input, rank, dropPosition, admittedMajor, status, rejectionReason,
                earlierRejections.seal(n), tieOverflows);
    }

    /** d.3: applicants equal on the total score and on every key before the volunteer order. */
    private void placeTieGroup(int[] group) {
        if (priority.usesVolunteerOrder()) {
            placeByListPosition(group);
        } else if (priority.usesLottery()) {
            int[] drawn = Arrays.stream(group).boxed().sorted(priority::compareDraws).mapToInt(Integer::intValue)
                    .toArray();
            for (int i = 0; i < drawn.length; i++) {
                placeClass(drawn, i, 1, WHOLE_LIST);
            }
        } else {
            // Fully tied on the whole chain: one class, every member sees the same seats (全部投档).
            placeClass(group, 0, group.length, WHOLE_LIST);
        }
    }

    /**
     * d.3 volunteer order: the group competes position by position; at step p each member still unplaced tries
     * their p-th choice, so whoever listed a unit earlier is served there first. Candidates for one unit at one
     * step are ordered by the keys after the volunteer order (and the lottery); under ADMIT_ALL_TIED those still
     * equal form a class.
     */
    private void placeByListPosition(int[] group) {
        int[] active = group;
        for (int p = 0; active.length > 0; p++) {
            int position = p;
            int[] candidates = Arrays.stream(active)
                    .filter(a -> position < applicants.endChoice(a) - applicants.firstChoice(a)).boxed()
                    .sorted(Comparator.<Integer>comparingInt(a -> unitAt(a, position))
                            .thenComparing((a, b) -> priority.compareStrictlyAtUnit(a, position, b, position)))
                    .mapToInt(Integer::intValue).toArray();
            for (int start = 0; start < candidates.length; ) {
                int end = start + 1;
                while (end < candidates.length && unitAt(candidates[end], p) == unitAt(candidates[start], p)
                        && priority.compareStrictlyAtUnit(candidates[start], p, candidates[end], p) == 0) {
                    end++;
                }
                placeClass(candidates, start, end - start, p);
                start = end;
            }
            active = Arrays.stream(candidates).filter(a -> status[a] == OutcomeStatus.NOT_DROPPED.ordinal())
                    .toArray();
        }
    }

    private int unitAt(int a, int position) {
        return applicants.unitOfChoice(applicants.firstChoice(a) + position);
    }

    /**
     * Decides for every member of a class against the seats left now, then places them all. For a single
     * applicant that is plain serial dictatorship; for fully tied ones it places all of them at a cutoff.
     */
    private void placeClass(int[] members, int from, int count, int onlyPosition) {
        if (decisions.length < count) {
            decisions = new long[count];
        }
        for (int k = 0; k < count; k++) {
            decisions[k] = decide(members[from + k], onlyPosition);
        }
        for (int k = 0; k < count; k++) {
            place(members[from + k], decisions[k]);
        }
        if (count > 1) {
            reportOverflows(members, from, count);
        }
    }

    /** d.1 and d.2 for one applicant, reading the ledger only: the list position and stage-2 result, or NOT_PLACED. */
    private long decide(int a, int onlyPosition) {
        int firstChoice = applicants.firstChoice(a);
        int from = onlyPosition == WHOLE_LIST ? firstChoice : firstChoice + onlyPosition;
        int to = onlyPosition == WHOLE_LIST ? applicants.endChoice(a) : from + 1;
        for (int c = from; c < to; c++) {
            int u = applicants.unitOfChoice(c);
            if (!ledger.hasDropSlot(u) || !eligibility.atUnit(a, u)) {
                continue;
            }
            int stageTwo = ledger.stageTwo(a, c, u);
            if (stageTwo >= 0 || !reDrop) {
                return (long) (c - firstChoice) << 32 | (stageTwo & 0xffffffffL);
            }
            // reDropAfterRejection (d.2): the file leaves u without using a slot, and the list goes on.
            earlierRejections.add(a, c - firstChoice, SeatLedger.reasonOf(stageTwo));
        }
        return NOT_PLACED;
    }

    private void place(int a, long decision) {
        if (decision == NOT_PLACED) {
            return;
        }
        int position = (int) (decision >>> 32);
        int stageTwo = (int) decision;
        int u = applicants.unitOfChoice(applicants.firstChoice(a) + position);
        ledger.drop(u);
        dropPosition[a] = position;
        if (stageTwo >= 0) {
            ledger.admit(u, stageTwo);
            admittedMajor[a] = stageTwo;
            status[a] = (byte) OutcomeStatus.ADMITTED.ordinal();
        } else {
            status[a] = (byte) OutcomeStatus.REJECTED.ordinal();
            rejectionReason[a] = (byte) SeatLedger.reasonOf(stageTwo).ordinal();
        }
    }

    /**
     * After a class is placed: every capacity it pushed over is one it straddled, since no one is placed where
     * nothing is left (d.6.1, d.6.2). Reports each with the members placed there.
     */
    private void reportOverflows(int[] members, int from, int count) {
        List<Integer> placed = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (dropPosition[members[from + k]] >= 0) {
                placed.add(members[from + k]);
            }
        }
        placed.stream().map(this::droppedUnit).distinct().forEach(u -> {
            if (ledger.dropOverflow(u) > 0) {
                report(OverflowKind.DROP_CAPACITY, u, -1, units.dropCapacity(u),
                        units.dropCapacity(u) + ledger.dropOverflow(u),
                        placed.stream().filter(a -> droppedUnit(a) == u).toList());
            }
            List<Integer> admittedHere = placed.stream()
                    .filter(a -> droppedUnit(a) == u && admittedMajor[a] >= 0).toList();
            if (!admittedHere.isEmpty() && ledger.admitted(u) > units.quota(u)) {
                report(OverflowKind.UNIT_QUOTA, u, -1, units.quota(u), ledger.admitted(u), admittedHere);
            }
            admittedHere.stream().map(a -> admittedMajor[a]).distinct().filter(m -> ledger.seatsLeft(m) < 0)
                    .forEach(m -> report(OverflowKind.MAJOR_QUOTA, u, m, units.majorQuota(m),
                            units.majorQuota(m) - ledger.seatsLeft(m),
                            admittedHere.stream().filter(a -> admittedMajor[a] == m).toList()));
        });
    }

    private int droppedUnit(int a) {
        return unitAt(a, dropPosition[a]);
    }

    private void report(OverflowKind kind, int u, int m, int capacity, int placed, List<Integer> tied) {
        tieOverflows.add(new TieOverflow(kind, units.id(u), m < 0 ? null : units.majorCode(m), capacity, placed,
                tied.stream().map(applicants::id).sorted().toList()));
    }
}
