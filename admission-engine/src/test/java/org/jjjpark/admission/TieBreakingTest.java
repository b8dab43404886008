package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.TieBreakKey;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.admission.Fixtures.applicant;
import static org.jjjpark.admission.Fixtures.choice;
import static org.jjjpark.admission.Fixtures.group;
import static org.jjjpark.admission.Fixtures.outcomeOf;
import static org.jjjpark.admission.Fixtures.total;
import static org.jjjpark.admission.Fixtures.unit;
import static org.jjjpark.admission.Fixtures.verified;

/** How the chain of d.3 separates equal totals: the volunteer order where it stands, and ties at stage 2. */
class TieBreakingTest {

    static final List<TieBreakKey> VOLUNTEER_ORDER_FIRST = List.of(TieBreakKey.VOLUNTEER_ORDER,
            TieBreakKey.FOREIGN_LANGUAGE);
    static final List<TieBreakKey> FOREIGN_LANGUAGE_FIRST = List.of(TieBreakKey.FOREIGN_LANGUAGE,
            TieBreakKey.VOLUNTEER_ORDER);

    @Test
    void theVolunteerOrderServesWhoeverListedTheUnitEarlierBeforeLaterSubscoresAreRead() {
        AdmissionResult result = verified(threeTied(VOLUNTEER_ORDER_FIRST, choice("Q"), choice("P")));

        assertThat(outcomeOf(result, "G").unitId()).isEqualTo("Q");
        assertThat(outcomeOf(result, "H").unitId()).as("listed P first, F only second").isEqualTo("P");
        assertThat(outcomeOf(result, "F").status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
    }

    @Test
    void aSubscoreBeforeTheVolunteerOrderDecidesFirst() {
        AdmissionResult result = verified(threeTied(FOREIGN_LANGUAGE_FIRST, choice("Q"), choice("P")));

        assertThat(outcomeOf(result, "F").unitId()).isEqualTo("P");
        assertThat(outcomeOf(result, "H").status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
    }

    /** Why d.6.10 holds only without the volunteer order: among tied applicants, listing order becomes a priority. */
    @Test
    void underTheVolunteerOrderATiedApplicantGainsByListingTheContestedUnitFirst() {
        AdmissionResult result = verified(threeTied(VOLUNTEER_ORDER_FIRST, choice("P"), choice("Q")));

        assertThat(outcomeOf(result, "F").unitId()).isEqualTo("P");
    }

    @Test
    void fullyTiedApplicantsAtStageTwoAllGetTheMajorTheyReachTogether() {
        AdmissionInput input = AdmissionInput.of(RoundConfig.provincialRules(List.of(), BigDecimal.ZERO),
                List.of(group("G", "2", new Major("M1", 1), new Major("M2", 1))),
                List.of(applicant("X", total(700), choice("G", false, "M1")),
                        applicant("Y", total(690), choice("G", false, "M2")),
                        applicant("Z", total(690), choice("G", false, "M2"))));

        AdmissionResult result = verified(input);

        assertThat(outcomeOf(result, "Y").majorCode()).isEqualTo("M2");
        assertThat(outcomeOf(result, "Z").majorCode()).isEqualTo("M2");
        assertThat(result.tieOverflows()).containsExactly(
                new TieOverflow(OverflowKind.UNIT_QUOTA, "G", null, 2, 3, List.of("Y", "Z")),
                new TieOverflow(OverflowKind.MAJOR_QUOTA, "G", "M2", 1, 2, List.of("Y", "Z")));
    }

    /**
     * F, G and H have the same total. G has the best foreign language and lists Q; H the worst and lists P;
     * F is in between and lists {@code fFirst}, then {@code fSecond}. P and Q have one seat each.
     */
    static AdmissionInput threeTied(List<TieBreakKey> chain, Choice fFirst, Choice fSecond) {
        return AdmissionInput.of(RoundConfig.provincialRules(chain, BigDecimal.ZERO),
                List.of(unit("P", 1), unit("Q", 1)),
                List.of(withForeignLanguage("F", 130, fFirst, fSecond),
                        withForeignLanguage("G", 140, choice("Q")),
                        withForeignLanguage("H", 120, choice("P"))));
    }

    private static Applicant withForeignLanguage(String id, int foreignLanguage, Choice... choices) {
        Scores scores = new Scores(BigDecimal.valueOf(600), BigDecimal.valueOf(100), BigDecimal.valueOf(100),
                BigDecimal.valueOf(foreignLanguage), BigDecimal.ZERO, List.of());
        return applicant(id, scores, choices);
    }
}
