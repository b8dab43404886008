package org.jjjpark.admission.verification;

import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.OverflowKind;
import org.jjjpark.admission.RejectionReason;
import org.jjjpark.admission.TieOverflow;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.Priority;
import org.jjjpark.admission.input.UnitTable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Goes once through every file the round placed, in {@code ≻_u} order at each unit, a class of fully tied files at
 * a time, keeping the seats left: checks each stage-2 decision against the seats left before its class (d.6.7)
 * and that files were dropped only where one was left (d.6.1), and counts what each capacity holds for the capacity
 * checks (d.6.1, d.6.2). Applicants are stored in the common order, so going through them by index visits each
 * unit's files in order, except within a tie group, whose files are sorted by {@code ≻_u} first.
 */
final class SeatReplay {

    private final AdmissionResult result;
    private final ApplicantTable applicants;
    private final UnitTable units;
    private final Eligibility eligibility;
    private final Priority priority;
    private final ViolationLog log;
    private final int[] seatsLeft;
    private final CapacityTally drops;
    private final CapacityTally unitAdmissions;
    private final CapacityTally majorAdmissions;
    private final int[] weakest;
    private final int[] weakestPosition;
    private int[] placed = new int[8];
    private int[] toMajor = new int[8];

    SeatReplay(AdmissionResult result, Priority priority, ViolationLog log) {
        this.result = result;
        this.priority = priority;
        this.log = log;
        applicants = result.input().applicants();
        units = result.input().units();
        eligibility = result.input().eligibility();
        seatsLeft = new int[units.majorCount()];
        Arrays.setAll(seatsLeft, units::majorQuota);
        drops = new CapacityTally(units.count());
        unitAdmissions = new CapacityTally(units.count());
        majorAdmissions = new CapacityTally(units.majorCount());
        weakest = new int[units.count()];
        weakestPosition = new int[units.count()];
    }

    /** Replays every file; afterwards the counts and weakest files below are final. */
    SeatReplay run() {
        int n = applicants.count();
        for (int first = 0; first < n; ) {
            int end = first + 1;
            while (end < n && priority.tieGroup(end) == first) {
                end++;
            }
            if (end - first == 1) {
                replayAlone(first);
            } else {
                replayGroup(first, end);
            }
            first = end;
        }
        return this;
    }

    /** How many files unit {@code u} holds in the end. */
    int dropCount(int u) {
        return drops.count(u);
    }

    /** The applicant holding the last file at unit {@code u} in {@code ≻_u} order; only when it holds one. */
    int weakest(int u) {
        return weakest[u];
    }

    /** The position at which {@link #weakest} listed unit {@code u}. */
    int weakestPosition(int u) {
        return weakestPosition[u];
    }

    /** One applicant alone in their tie group: each of their files is a class of its own, at a unit of its own. */
    private void replayAlone(int a) {
        for (int i = 0; i < result.earlierRejectionCount(a); i++) {
            replayClass(new File[] {new File(a, result.earlierRejectionPosition(a, i), false)});
        }
        if (result.dropPosition(a) >= 0) {
            replayClass(new File[] {new File(a, result.dropPosition(a), true)});
        }
    }

    private void replayGroup(int first, int end) {
        List<File> files = new ArrayList<>();
        for (int a = first; a < end; a++) {
            for (int i = 0; i < result.earlierRejectionCount(a); i++) {
                files.add(new File(a, result.earlierRejectionPosition(a, i), false));
            }
            if (result.dropPosition(a) >= 0) {
                files.add(new File(a, result.dropPosition(a), true));
            }
        }
        files.sort(Comparator.comparingInt(this::unitOf).thenComparing((x, y) ->
                priority.compareStrictlyAtUnit(x.applicant, x.position, y.applicant, y.position)));
        for (int start = 0; start < files.size(); ) {
            int classEnd = start + 1;
            while (classEnd < files.size() && unitOf(files.get(classEnd)) == unitOf(files.get(start))
                    && priority.compareStrictlyAtUnit(files.get(start).applicant, files.get(start).position,
                    files.get(classEnd).applicant, files.get(classEnd).position) == 0) {
                classEnd++;
            }
            replayClass(files.subList(start, classEnd).toArray(File[]::new));
            start = classEnd;
        }
    }

    /** Checks every member against the seats left before the class, then places them all (all at one unit). */
    private void replayClass(File[] members) {
        int u = unitOf(members[0]);
        int dropsBefore = drops.count(u);
        int admittedBefore = unitAdmissions.count(u);
        for (File file : members) {
            check(file, u, dropsBefore, admittedBefore);
        }
        if (placed.length < members.length) {
            placed = new int[members.length];
            toMajor = new int[members.length];
        }
        int finals = 0;
        for (File file : members) {
            if (file.isFinalDrop) {
                placed[finals++] = file.applicant;
                weakest[u] = file.applicant;
                weakestPosition[u] = file.position;
            }
        }
        drops.place(u, placed, finals);
        int admitted = 0;
        for (int i = 0; i < finals; i++) {
            if (result.admittedMajor(placed[i]) >= 0) {
                placed[admitted++] = placed[i];
            }
        }
        unitAdmissions.place(u, placed, admitted);
        for (int m = units.firstMajor(u); m < units.endMajor(u) && admitted > 0; m++) {
            int count = 0;
            for (int i = 0; i < admitted; i++) {
                if (result.admittedMajor(placed[i]) == m) {
                    toMajor[count++] = placed[i];
                }
            }
            seatsLeft[m] -= count;
            majorAdmissions.place(m, toMajor, count);
        }
    }

    private void check(File file, int u, int dropsBefore, int admittedBefore) {
        int a = file.applicant;
        int c = applicants.firstChoice(a) + file.position;
        String problem;
        if (!file.isFinalDrop) {
            if (dropsBefore >= units.dropCapacity(u)) {
                log.add(Invariant.DROP_QUOTA, applicants.id(a), units.id(u),
                        "dropped (and rejected) after the unit had received all its files");
            }
            problem = rejectionProblem(a, c, u, reasonOfEarlierRejection(a, file.position), admittedBefore);
        } else if (result.admittedMajor(a) >= 0) {
            problem = admissionProblem(a, c, u, result.admittedMajor(a), admittedBefore);
        } else {
            problem = rejectionProblem(a, c, u, result.rejectionReason(a), admittedBefore);
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
    private String admissionProblem(int a, int c, int u, int m, int admittedBefore) {
        if (admittedBefore >= units.quota(u)) {
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
            if (available(a, listed)) {
                return "admitted to " + units.majorCode(m) + " although listed " + units.majorCode(listed)
                        + " had an eligible seat";
            }
        }
        for (int other = units.firstMajor(u); other < m; other++) {
            if (available(a, other)) {
                return "adjusted to " + units.majorCode(m) + " although " + units.majorCode(other)
                        + " comes first and had an eligible seat";
            }
        }
        return null;
    }

    /** d.2: the reason given is the one the seats left at the applicant's turn imply. */
    private String rejectionProblem(int a, int c, int u, RejectionReason reason, int admittedBefore) {
        boolean quotaFilled = admittedBefore >= units.quota(u);
        if (quotaFilled != (reason == RejectionReason.QUOTA_FILLED)) {
            return "rejected " + reason + " with " + admittedBefore + " of " + units.quota(u) + " admitted";
        }
        if (quotaFilled) {
            return null;
        }
        boolean adjustable = applicants.acceptsAdjustment(c);
        if (adjustable != (reason == RejectionReason.NO_ELIGIBLE_SEAT)) {
            return "rejected " + reason + (adjustable ? " although" : " without") + " accepting adjustment";
        }
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            if (available(a, applicants.listedMajor(k))) {
                return "rejected although listed " + units.majorCode(applicants.listedMajor(k))
                        + " had an eligible seat";
            }
        }
        for (int m = units.firstMajor(u); adjustable && m < units.endMajor(u); m++) {
            if (available(a, m)) {
                return "rejected although " + units.majorCode(m) + " had an eligible seat for adjustment";
            }
        }
        return null;
    }

    private boolean available(int a, int m) {
        return seatsLeft[m] > 0 && eligibility.forMajor(a, m);
    }

    /**
     * d.6.1 and d.6.2: each capacity holds, or is exceeded only by the last class placed there (fully tied at the
     * cutoff, under ADMIT_ALL_TIED); and the report lists exactly those overflows.
     */
    void checkCapacities(boolean allTied) {
        List<TieOverflow> expected = new ArrayList<>();
        for (int u = 0; u < units.count(); u++) {
            checkCapacity(drops, u, u, -1, units.dropCapacity(u), Invariant.DROP_QUOTA, OverflowKind.DROP_CAPACITY,
                    allTied, expected);
            checkCapacity(unitAdmissions, u, u, -1, units.quota(u), Invariant.ADMISSION_QUOTA,
                    OverflowKind.UNIT_QUOTA, allTied, expected);
            for (int m = units.firstMajor(u); m < units.endMajor(u); m++) {
                checkCapacity(majorAdmissions, m, u, m, units.majorQuota(m), Invariant.ADMISSION_QUOTA,
                        OverflowKind.MAJOR_QUOTA, allTied, expected);
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

    private void checkCapacity(CapacityTally tally, int index, int u, int m, int capacity, Invariant invariant,
                               OverflowKind kind, boolean allTied, List<TieOverflow> expected) {
        int count = tally.count(index);
        if (count <= capacity) {
            return;
        }
        String where = m < 0 ? kind.name() : kind + " of " + units.majorCode(m);
        int[] tied = tally.lastClass(index);
        if (!allTied || count - tied.length >= capacity) {
            log.add(invariant, null, units.id(u), count + " placed within " + where + " " + capacity + ", but only "
                    + (allTied ? tied.length : 0) + " are tied at the cutoff");
            return;
        }
        expected.add(new TieOverflow(kind, units.id(u), m < 0 ? null : units.majorCode(m), capacity, count,
                Arrays.stream(tied).mapToObj(applicants::id).sorted().toList()));
    }

    private int unitOf(File file) {
        return applicants.unitOfChoice(applicants.firstChoice(file.applicant) + file.position);
    }

    /** A file that reached a unit: finally dropped there, or rejected there on the way (re-drop). */
    private record File(int applicant, int position, boolean isFinalDrop) {
    }
}
