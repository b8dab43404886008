package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.ApplicantTable;
import org.jjjpark.admission.input.Eligibility;
import org.jjjpark.admission.input.UnitTable;

/**
 * What a round has left while it runs: files each unit may still receive ({@code c_u}), admissions it has made
 * ({@code q_u}) and seats left per major ({@code q_m}); and the stage-2 rule that reads them (d.2).
 */
final class SeatLedger {

    private static final RejectionReason[] REASONS = RejectionReason.values();

    private final ApplicantTable applicants;
    private final UnitTable units;
    private final Eligibility eligibility;
    private final int[] dropsLeft;
    private final int[] admitted;
    private final int[] seatsLeft;

    SeatLedger(AdmissionInput input) {
        applicants = input.applicants();
        units = input.units();
        eligibility = input.eligibility();
        dropsLeft = new int[units.count()];
        admitted = new int[units.count()];
        seatsLeft = new int[units.majorCount()];
        for (int u = 0; u < units.count(); u++) {
            dropsLeft[u] = units.dropCapacity(u);
        }
        for (int m = 0; m < units.majorCount(); m++) {
            seatsLeft[m] = units.majorQuota(m);
        }
    }

    boolean hasDropSlot(int u) {
        return dropsLeft[u] > 0;
    }

    /**
     * Stage 2 (d.2) for applicant {@code a} dropped to unit {@code u} through choice {@code c}, against the seats
     * left now: the admitted major's index, or {@link #rejection} of the reason.
     */
    int stageTwo(int a, int c, int u) {
        // Checked first; only reachable when r_u > 1 let more files in than seats.
        if (admitted[u] >= units.quota(u)) {
            return rejection(RejectionReason.QUOTA_FILLED);
        }
        for (int k = applicants.firstListedMajor(c); k < applicants.endListedMajor(c); k++) {
            int m = applicants.listedMajor(k);
            if (seatsLeft[m] > 0 && eligibility.forMajor(a, m)) {
                return m;
            }
        }
        if (!applicants.acceptsAdjustment(c)) {
            return rejection(RejectionReason.NOT_ADJUSTABLE);
        }
        // 调剂: the unit's majors in canonical code order; a listed major found here would have been found above.
        for (int m = units.firstMajor(u); m < units.endMajor(u); m++) {
            if (seatsLeft[m] > 0 && eligibility.forMajor(a, m)) {
                return m;
            }
        }
        return rejection(RejectionReason.NO_ELIGIBLE_SEAT);
    }

    /** Encodes a rejection as a negative stage-2 result. */
    static int rejection(RejectionReason reason) {
        return -1 - reason.ordinal();
    }

    /** Decodes a negative stage-2 result. */
    static RejectionReason reasonOf(int stageTwo) {
        return REASONS[-1 - stageTwo];
    }

    void drop(int u) {
        dropsLeft[u]--;
    }

    void admit(int u, int m) {
        admitted[u]++;
        seatsLeft[m]--;
    }

    /** Files received beyond {@code c_u}: positive only after fully tied applicants were all dropped. */
    int dropOverflow(int u) {
        return -dropsLeft[u];
    }

    int admitted(int u) {
        return admitted[u];
    }

    int seatsLeft(int m) {
        return seatsLeft[m];
    }
}
