package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Lottery;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.admission.Fixtures.applicant;
import static org.jjjpark.admission.Fixtures.choice;
import static org.jjjpark.admission.Fixtures.group;
import static org.jjjpark.admission.Fixtures.outcomeOf;
import static org.jjjpark.admission.Fixtures.scores;
import static org.jjjpark.admission.Fixtures.total;
import static org.jjjpark.admission.Fixtures.unit;
import static org.jjjpark.admission.Fixtures.verified;

/** The worked examples V1–V4 of DOMAIN.md d.7, with their exact outcomes. */
class WorkedExamplesTest {

    static final RoundConfig CHINESE_AND_MATHEMATICS_BREAK_TIES =
            RoundConfig.provincialRules(List.of(TieBreakKey.CHINESE_PLUS_MATHEMATICS), BigDecimal.ZERO);
    static final String SEED = "published-after-the-deadline";

    @Test
    void v1SerialDictatorshipServesApplicantsInScoreOrderAndLeavesCAndEWithoutAUnit() {
        AdmissionResult result = verified(v1());

        assertThat(placements(result)).containsExactly("A:P1", "B:P2", "C:-", "D:P2", "E:-");
        assertThat(result.tieOverflows()).isEmpty();
    }

    @Test
    void v1RanksFollowScoreThenChineseAndMathematics() {
        AdmissionResult result = verified(v1());

        assertThat(result.outcomes()).extracting(ApplicantOutcome::rank).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void v2AdmitAllTiedDropsAndAdmitsBothTiedApplicantsAndReportsAnOverflowOfOne() {
        AdmissionResult result = verified(v2(RoundConfig.provincialRules(List.of(
                TieBreakKey.CHINESE_PLUS_MATHEMATICS, TieBreakKey.VOLUNTEER_ORDER), BigDecimal.ZERO)));

        assertThat(placements(result)).containsExactly("F:P3", "G:P3");
        assertThat(result.outcomes()).extracting(ApplicantOutcome::status)
                .containsOnly(OutcomeStatus.ADMITTED);
        assertThat(result.tieOverflows()).containsExactly(
                new TieOverflow(OverflowKind.DROP_CAPACITY, "P3", null, 1, 2, List.of("F", "G")),
                new TieOverflow(OverflowKind.UNIT_QUOTA, "P3", null, 1, 2, List.of("F", "G")),
                new TieOverflow(OverflowKind.MAJOR_QUOTA, "P3", "P3", 1, 2, List.of("F", "G")));
        assertThat(result.tieOverflows()).extracting(TieOverflow::overflow).containsOnly(1);
    }

    @Test
    void v2StrictLotteryAdmitsExactlyTheApplicantWithTheLowerDraw() {
        AdmissionResult result = verified(v2(CHINESE_AND_MATHEMATICS_BREAK_TIES.withLottery(SEED)));

        Lottery lottery = new Lottery(SEED);
        String winner = Lottery.compare(lottery.draw("F"), lottery.draw("G")) < 0 ? "F" : "G";
        String loser = winner.equals("F") ? "G" : "F";
        assertThat(outcomeOf(result, winner).status()).isEqualTo(OutcomeStatus.ADMITTED);
        assertThat(outcomeOf(result, loser).status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
        assertThat(result.tieOverflows()).isEmpty();
    }

    @Test
    void v3StageTwoAdmitsHToM1RejectsINotAdjustableAdjustsJToM2AndAdmitsKToM2() {
        AdmissionResult result = verified(v3(RatioRounding.CEIL));

        assertThat(outcomeOf(result, "H")).isEqualTo(admitted("H", 1, "G", "M1", false));
        assertThat(outcomeOf(result, "I")).isEqualTo(new ApplicantOutcome("I", 2, OutcomeStatus.REJECTED, "G", null,
                false, RejectionReason.NOT_ADJUSTABLE, List.of()));
        assertThat(outcomeOf(result, "J")).isEqualTo(admitted("J", 3, "G", "M2", true));
        assertThat(outcomeOf(result, "K")).isEqualTo(admitted("K", 4, "G", "M2", false));
    }

    @Test
    void v3RoundingTheDropCapacityDownLeavesKWithoutAFile() {
        AdmissionResult result = verified(v3(RatioRounding.FLOOR));

        assertThat(placements(result)).containsExactly("H:G", "I:G", "J:G", "K:-");
        assertThat(outcomeOf(result, "J").majorCode()).isEqualTo("M2");
    }

    @Test
    void v4WithoutReDropZIsRejectedQuotaFilledWhileWHoldsG2() {
        AdmissionResult result = verified(v4(false));

        assertThat(outcomeOf(result, "X")).isEqualTo(admitted("X", 1, "G", "M1", false));
        assertThat(outcomeOf(result, "Y")).isEqualTo(admitted("Y", 2, "G", "M2", true));
        assertThat(outcomeOf(result, "Z")).isEqualTo(new ApplicantOutcome("Z", 3, OutcomeStatus.REJECTED, "G", null,
                false, RejectionReason.QUOTA_FILLED, List.of()));
        assertThat(outcomeOf(result, "W")).isEqualTo(admitted("W", 4, "G2", "G2", false));
    }

    @Test
    void v4WithReDropZIsReDroppedToG2AndWIsLeftWithoutAUnit() {
        AdmissionResult result = verified(v4(true));

        assertThat(outcomeOf(result, "Z")).isEqualTo(new ApplicantOutcome("Z", 3, OutcomeStatus.ADMITTED, "G2", "G2",
                false, null, List.of(new Rejection("G", RejectionReason.QUOTA_FILLED))));
        assertThat(outcomeOf(result, "W").status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
        assertThat(placements(result)).containsExactly("W:-", "X:G", "Y:G", "Z:G2");
    }

    static AdmissionInput v1() {
        return AdmissionInput.of(CHINESE_AND_MATHEMATICS_BREAK_TIES, List.of(unit("P1", 1), unit("P2", 2)), List.of(
                applicant("A", total(650), choice("P1"), choice("P2")),
                applicant("B", scores(640, 125, 125), choice("P1"), choice("P2")),
                applicant("C", scores(640, 120, 120), choice("P1")),
                applicant("D", total(600), choice("P2"), choice("P1")),
                applicant("E", total(590), choice("P2"))));
    }

    static AdmissionInput v2(RoundConfig config) {
        return AdmissionInput.of(config, List.of(unit("P3", 1)), List.of(
                applicant("F", scores(700, 130, 140), choice("P3")),
                applicant("G", scores(700, 130, 140), choice("P3"))));
    }

    static AdmissionInput v3(RatioRounding rounding) {
        RoundConfig config = new RoundConfig(List.of(), TiePolicy.ADMIT_ALL_TIED, null, false, rounding,
                BigDecimal.ZERO);
        return AdmissionInput.of(config, List.of(group("G", "1.05", new Major("M1", 1), new Major("M2", 2))),
                List.of(applicant("H", total(620), choice("G", false, "M1", "M2")),
                        applicant("I", total(615), choice("G", false, "M1")),
                        applicant("J", total(610), choice("G", true, "M1")),
                        applicant("K", total(605), choice("G", false, "M2"))));
    }

    static AdmissionInput v4(boolean reDrop) {
        return AdmissionInput.of(RoundConfig.provincialRules(List.of(), BigDecimal.ZERO).withReDropAfterRejection(reDrop),
                List.of(group("G", "1.5", new Major("M1", 1), new Major("M2", 1)), unit("G2", 1)),
                List.of(applicant("X", total(700), choice("G", false, "M1")),
                        applicant("Y", total(690), choice("G", true, "M1")),
                        applicant("Z", total(680), choice("G", false, "M1"), choice("G2")),
                        applicant("W", total(600), choice("G2"))));
    }

    private static ApplicantOutcome admitted(String id, int rank, String unit, String major, boolean adjusted) {
        return new ApplicantOutcome(id, rank, OutcomeStatus.ADMITTED, unit, major, adjusted, null, List.of());
    }

    /** "applicant:unit dropped to" for everyone, "-" when not dropped. */
    private static List<String> placements(AdmissionResult result) {
        return result.outcomes().stream()
                .map(o -> o.applicantId() + ":" + (o.unitId() == null ? "-" : o.unitId())).toList();
    }
}
