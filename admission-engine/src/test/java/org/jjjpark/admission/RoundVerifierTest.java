package org.jjjpark.admission;

import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.verification.Invariant;
import org.jjjpark.admission.verification.InvariantViolation;
import org.jjjpark.admission.verification.RoundVerifier;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/** Each run-time invariant of d.6 catches a result broken on purpose, on the worked examples. */
class RoundVerifierTest {

    @Test
    void theWorkedExamplesBreakNoInvariant() {
        assertThat(RoundVerifier.verify(AdmissionRound.run(WorkedExamplesTest.v1()))).isEmpty();
        assertThat(RoundVerifier.verify(AdmissionRound.run(WorkedExamplesTest.v3(
                RatioRounding.CEIL)))).isEmpty();
        assertThat(RoundVerifier.verify(AdmissionRound.run(WorkedExamplesTest.v4(true)))).isEmpty();
    }

    @Test
    void aFileBeyondTheDropCapacityBreaksDropQuota() {
        // V1: E also gets P2, which already holds B and D.
        assertThat(violationsOfV1(edit -> edit.admit("E", 0, "P2")))
                .contains(Invariant.DROP_QUOTA, Invariant.ADMISSION_QUOTA);
    }

    @Test
    void aUnitHeldByALowerRankedApplicantIsJustifiedEnvy() {
        // V1: C takes P1 from A, who is left without a unit.
        assertThat(violationsOfV1(edit -> edit.admit("C", 0, "P1").notDropped("A")))
                .contains(Invariant.NO_JUSTIFIED_ENVY);
    }

    @Test
    void aFileLeftUnusedAboveAnApplicantIsWasteful() {
        // V1: D loses P2, leaving one of its two files unused while E wanted it.
        assertThat(violationsOfV1(edit -> edit.notDropped("D"))).containsOnly(Invariant.NON_WASTEFULNESS);
    }

    @Test
    void aWrongRankBreaksThePriorityOrder() {
        assertThat(violationsOfV1(edit -> edit.rank("B", 1))).containsOnly(Invariant.PRIORITY_ORDER);
    }

    @Test
    void aRejectionWhenAnAdjustedSeatWasLeftBreaksStageTwoOrder() {
        // V3: J accepts adjustment and M2 still had seats, so J cannot be rejected.
        AdmissionResult result = new ResultEdit(AdmissionRound.run(WorkedExamplesTest.v3(
                RatioRounding.CEIL)))
                .reject("J", 0, RejectionReason.NO_ELIGIBLE_SEAT).result();

        assertThat(invariants(RoundVerifier.verify(result))).containsOnly(Invariant.STAGE_TWO_ORDER);
    }

    @Test
    void anAdjustmentForAnApplicantWhoRefusedItBreaksListAndEligibility() {
        // V3: I does not accept adjustment; giving I the M2 seat anyway.
        AdmissionResult result = new ResultEdit(AdmissionRound.run(WorkedExamplesTest.v3(
                RatioRounding.CEIL)))
                .admit("I", 0, "M2").result();

        assertThat(invariants(RoundVerifier.verify(result))).contains(Invariant.LIST_AND_ELIGIBILITY);
    }

    @Test
    void aFinalRejectionWhenRejectedApplicantsAreDroppedAgainIsNotASingleConsistentOutcome() {
        AdmissionResult result = new ResultEdit(AdmissionRound.run(WorkedExamplesTest.v4(true)))
                .reject("W", 0, RejectionReason.QUOTA_FILLED).result();

        assertThat(invariants(RoundVerifier.verify(result))).containsOnly(Invariant.SINGLE_ASSIGNMENT);
    }

    @Test
    void anUnreportedTieOverflowIsCaught() {
        AdmissionResult result = new ResultEdit(AdmissionRound.run(WorkedExamplesTest.v2(RoundConfig.provincialRules(
                List.of(TieBreakKey.CHINESE_PLUS_MATHEMATICS), BigDecimal.ZERO)))).withoutTieOverflows().result();

        assertThat(invariants(RoundVerifier.verify(result))).containsOnly(Invariant.TIE_OVERFLOW_REPORT);
    }

    @Test
    void theEngineHandsOutNoResultItsVerifierRejects() {
        AdmissionEngine faulty = new AdmissionEngine(input ->
                new ResultEdit(AdmissionRound.run(input)).admit("C", 0, "P1").notDropped("A").result());

        RoundOutcome outcome = faulty.run(WorkedExamplesTest.v1());

        assertThat(outcome).isInstanceOf(FailedRound.class);
        assertThat(((FailedRound) outcome).violations()).extracting(InvariantViolation::applicantId).contains("A");
    }

    private static List<Invariant> violationsOfV1(UnaryOperator<ResultEdit> fault) {
        return invariants(RoundVerifier.verify(fault.apply(new ResultEdit(AdmissionRound.run(WorkedExamplesTest.v1())))
                .result()));
    }

    private static List<Invariant> invariants(List<InvariantViolation> violations) {
        return violations.stream().map(InvariantViolation::invariant).distinct().toList();
    }
}
