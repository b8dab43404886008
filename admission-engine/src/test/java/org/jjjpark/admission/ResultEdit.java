package org.jjjpark.admission;

import java.util.ArrayList;
import java.util.List;

/** A copy of a result with deliberate faults, to show that the verifier notices them. */
final class ResultEdit {

    private final AdmissionResult original;
    private final int[] rank;
    private final int[] dropPosition;
    private final int[] admittedMajor;
    private final byte[] status;
    private final byte[] reason;
    private final List<TieOverflow> tieOverflows;

    ResultEdit(AdmissionResult original) {
        this.original = original;
        int n = original.input().applicants().count();
        rank = new int[n];
        dropPosition = new int[n];
        admittedMajor = new int[n];
        status = new byte[n];
        reason = new byte[n];
        for (int a = 0; a < n; a++) {
            rank[a] = original.rank(a);
            dropPosition[a] = original.dropPosition(a);
            admittedMajor[a] = original.admittedMajor(a);
            status[a] = (byte) original.status(a).ordinal();
            reason[a] = original.rejectionReason(a) == null ? AdmissionResult.NO_REASON
                    : (byte) original.rejectionReason(a).ordinal();
        }
        tieOverflows = new ArrayList<>(original.tieOverflows());
    }

    /** Admits {@code id} through list position {@code position} to major {@code majorCode} of that unit. */
    ResultEdit admit(String id, int position, String majorCode) {
        int a = index(id);
        int unit = original.input().applicants().unitOfChoice(original.input().applicants().firstChoice(a) + position);
        dropPosition[a] = position;
        admittedMajor[a] = original.input().units().majorIndexOf(unit, majorCode);
        status[a] = (byte) OutcomeStatus.ADMITTED.ordinal();
        reason[a] = AdmissionResult.NO_REASON;
        return this;
    }

    ResultEdit reject(String id, int position, RejectionReason rejection) {
        int a = index(id);
        dropPosition[a] = position;
        admittedMajor[a] = -1;
        status[a] = (byte) OutcomeStatus.REJECTED.ordinal();
        reason[a] = (byte) rejection.ordinal();
        return this;
    }

    ResultEdit notDropped(String id) {
        int a = index(id);
        dropPosition[a] = -1;
        admittedMajor[a] = -1;
        status[a] = (byte) OutcomeStatus.NOT_DROPPED.ordinal();
        reason[a] = AdmissionResult.NO_REASON;
        return this;
    }

    ResultEdit rank(String id, int newRank) {
        rank[index(id)] = newRank;
        return this;
    }

    ResultEdit withoutTieOverflows() {
        tieOverflows.clear();
        return this;
    }

    AdmissionResult result() {
        RejectionHistory history = new RejectionHistory();
        for (int a = 0; a < rank.length; a++) {
            for (int i = 0; i < original.earlierRejectionCount(a); i++) {
                history.add(a, original.earlierRejectionPosition(a, i), original.earlierRejectionReason(a, i));
            }
        }
        return new AdmissionResult(original.input(), rank, dropPosition, admittedMajor, status, reason,
                history.seal(rank.length), tieOverflows);
    }

    private int index(String id) {
        return original.input().applicants().indexOf(id);
    }
}
