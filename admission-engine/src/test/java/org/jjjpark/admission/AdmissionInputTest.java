package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.InvalidInputException;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jjjpark.admission.Fixtures.applicant;
import static org.jjjpark.admission.Fixtures.choice;
import static org.jjjpark.admission.Fixtures.group;
import static org.jjjpark.admission.Fixtures.total;
import static org.jjjpark.admission.Fixtures.unit;

/** What a snapshot accepts, and the canonical order it keeps whatever order rows arrive in. */
class AdmissionInputTest {

    static final RoundConfig RULES = RoundConfig.provincialRules(List.of(), BigDecimal.ZERO);
    static final List<Unit> UNITS = List.of(unit("P", 1), group("G", "1.2", new Major("M2", 1), new Major("M1", 1)));

    @Test
    void applicantsAreStoredInPriorityOrderAndReadInIdOrderUnitsAndMajorsInIdOrder() {
        AdmissionInput input = AdmissionInput.of(RULES, UNITS, List.of(applicant("c", total(600), choice("P")),
                applicant("a", total(600), choice("P")), applicant("b", total(610), choice("G", true, "M2"))));

        assertThat(List.of(input.applicants().id(0), input.applicants().id(1), input.applicants().id(2)))
                .containsExactly("b", "a", "c");
        assertThat(input.applicants().inIdOrder(0)).isEqualTo(1);
        assertThat(input.applicants().indexOf("c")).isEqualTo(2);
        assertThat(input.units().id(0)).isEqualTo("G");
        assertThat(input.units().majorCode(input.units().firstMajor(0))).isEqualTo("M1");
    }

    @Test
    void anApplicantReadBackIsTheApplicantGivenWithNormalisedScores() {
        Applicant given = new Applicant("a", new Scores(new BigDecimal("612.50"), BigDecimal.valueOf(120),
                new BigDecimal("130.0"), BigDecimal.TEN, BigDecimal.ONE, List.of(BigDecimal.ONE, BigDecimal.TEN)),
                Set.of(), Set.of("X"), List.of(choice("G", true, "M2", "M1"), choice("P")));

        Applicant read = AdmissionInput.of(RULES, UNITS, List.of(given)).applicant(0);

        assertThat(read.scores().total()).isEqualTo(new BigDecimal("612.5"));
        assertThat(read.scores().electives()).containsExactly(BigDecimal.TEN, BigDecimal.ONE);
        assertThat(read.choices()).isEqualTo(given.choices());
        assertThat(read.attributes()).containsExactly("X");
    }

    @Test
    void theDropCapacityIsTheQuotaTimesTheRatioRoundedUp() {
        AdmissionInput input = AdmissionInput.of(RULES, UNITS, List.of());

        assertThat(input.units().dropCapacity(input.units().indexOf("G"))).isEqualTo(3);
    }

    @Test
    void anUnknownUnitIsRefused() {
        assertThatThrownBy(() -> AdmissionInput.of(RULES, UNITS, List.of(applicant("a", total(600), choice("X")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("unknown unit X");
    }

    @Test
    void aMajorTheUnitDoesNotHaveIsRefused() {
        assertThatThrownBy(() -> AdmissionInput.of(RULES, UNITS,
                List.of(applicant("a", total(600), choice("G", false, "M9")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("M9");
    }

    @Test
    void aUnitListedTwiceIsRefused() {
        assertThatThrownBy(() -> AdmissionInput.of(RULES, UNITS,
                List.of(applicant("a", total(600), choice("P"), choice("P")))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("twice");
    }

    @Test
    void anApplicantGivenTwiceIsRefused() {
        assertThatThrownBy(() -> AdmissionInput.of(RULES, UNITS, List.of(applicant("b", total(600)),
                applicant("a", total(600)), applicant("b", total(500)))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("applicant b is given twice");
    }

    @Test
    void aScoreWithThreeDecimalsIsRefused() {
        Scores scores = new Scores(new BigDecimal("600.125"), BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, List.of());

        assertThatThrownBy(() -> AdmissionInput.of(RULES, UNITS, List.of(applicant("a", scores))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("more than two decimals");
    }

    @Test
    void aStrictLotteryWithoutItsSeedIsRefused() {
        assertThatThrownBy(() -> RULES.withLottery(" ")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> new RoundConfig(List.of(), TiePolicy.ADMIT_ALL_TIED, "seed", false,
                RULES.ratioRounding(), BigDecimal.ZERO)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aDropRatioBelowOneIsRefused() {
        assertThatThrownBy(() -> group("G", "0.9", new Major("M", 1))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aChoiceMayNameNoMajorAndLeaveTheUnitToAdjustment() {
        AdmissionInput input = AdmissionInput.of(RULES, UNITS,
                List.of(applicant("a", total(600), new Choice("G", List.of(), true))));

        assertThat(Fixtures.outcomeOf(Fixtures.verified(input), "a").majorCode()).isEqualTo("M1");
    }
}
