package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.UnitTable;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a round decided, per applicant index of its input: ranks, each applicant's drop (as a position in their
 * list), admitted major or rejection, earlier rejections, and the tie-overflow report. Arrays underneath, records
 * on request; only the engine creates one.
 */
public final class AdmissionResult {

    private static final OutcomeStatus[] STATUSES = OutcomeStatus.values();
    private static final RejectionReason[] REASONS = RejectionReason.values();
    static final byte NO_REASON = -1;

    private final AdmissionInput input;
    private final int[] rank;
    private final int[] dropPosition;
    private final int[] admittedMajor;
    private final byte[] status;
    private final byte[] rejectionReason;
    private final RejectionHistory earlierRejections;
    private final List<TieOverflow> tieOverflows;

    AdmissionResult(AdmissionInput input, int[] rank, int[] dropPosition, int[] admittedMajor, byte[] status,
                    byte[] rejectionReason, RejectionHistory earlierRejections, List<TieOverflow> tieOverflows) {
        this.input = input;
        this.rank = rank;
        this.dropPosition = dropPosition;
        this.admittedMajor = admittedMajor;
        this.status = status;
        this.rejectionReason = rejectionReason;
        this.earlierRejections = earlierRejections;
        this.tieOverflows = List.copyOf(tieOverflows);
    }

    public AdmissionInput input() {
        return input;
    }

    /** 1 + the number of applicants strictly better in the common order (位次). */
    public int rank(int a) {
        return rank[a];
    }

    public OutcomeStatus status(int a) {
        return STATUSES[status[a]];
    }

    /** Where in their list the file of {@code a} was dropped, from 0; -1 when not dropped. */
    public int dropPosition(int a) {
        return dropPosition[a];
    }

    /** The unit the file of {@code a} was dropped to; -1 when not dropped. */
    public int droppedUnit(int a) {
        ApplicantTable applicants = input.applicants();
        return dropPosition[a] < 0 ? -1 : applicants.unitOfChoice(applicants.firstChoice(a) + dropPosition[a]);
    }

    /** The global index of the admitted major; -1 unless admitted. */
    public int admittedMajor(int a) {
        return admittedMajor[a];
    }

    /** Whether {@code a} was admitted to a major they did not list at that unit (调剂). */
    public boolean adjusted(int a) {
        if (admittedMajor[a] < 0) {
            return false;
        }
        ApplicantTable applicants = input.applicants();
        int c = applicants.firstChoice(a) + dropPosition[a];
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            if (applicants.listedMajor(k) == admittedMajor[a]) {
                return false;
            }
        }
        return true;
    }

    /** Null unless rejected. */
    public RejectionReason rejectionReason(int a) {
        return rejectionReason[a] == NO_REASON ? null : REASONS[rejectionReason[a]];
    }

    public int earlierRejectionCount(int a) {
        return earlierRejections.count(a);
    }

    /** The list position of the {@code i}-th unit that rejected {@code a} before the final outcome. */
    public int earlierRejectionPosition(int a, int i) {
        return earlierRejections.position(a, i);
    }

    public RejectionReason earlierRejectionReason(int a, int i) {
        return earlierRejections.reason(a, i);
    }

    /** Every capacity exceeded by fully tied applicants, by unit id, then kind, then major code. */
    public List<TieOverflow> tieOverflows() {
        return tieOverflows;
    }

    public ApplicantOutcome outcome(int a) {
        ApplicantTable applicants = input.applicants();
        UnitTable units = input.units();
        List<Rejection> earlier = new ArrayList<>();
        for (int i = 0; i < earlierRejectionCount(a); i++) {
            int unit = applicants.unitOfChoice(applicants.firstChoice(a) + earlierRejectionPosition(a, i));
            earlier.add(new Rejection(units.id(unit), earlierRejectionReason(a, i)));
        }
        int unit = droppedUnit(a);
        return new ApplicantOutcome(applicants.id(a), rank[a], status(a), unit < 0 ? null : units.id(unit),
                admittedMajor[a] < 0 ? null : units.majorCode(admittedMajor[a]), adjusted(a), rejectionReason(a),
                earlier);
    }

    public Optional<ApplicantOutcome> outcome(String applicantId) {
        int a = input.applicants().indexOf(applicantId);
        return a < 0 ? Optional.empty() : Optional.of(outcome(a));
    }

    /** Every applicant's outcome in id order, each record made when it is read. */
    public List<ApplicantOutcome> outcomes() {
        return new AbstractList<>() {
            @Override
            public ApplicantOutcome get(int k) {
                return outcome(input.applicants().inIdOrder(k));
            }

            @Override
            public int size() {
                return rank.length;
            }
        };
    }
}
