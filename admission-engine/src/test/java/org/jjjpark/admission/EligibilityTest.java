package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.IneligibilityReason;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Subject;
import org.jjjpark.admission.input.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.admission.Fixtures.choice;
import static org.jjjpark.admission.Fixtures.outcomeOf;
import static org.jjjpark.admission.Fixtures.scores;
import static org.jjjpark.admission.Fixtures.unit;
import static org.jjjpark.admission.Fixtures.verified;

/** {@code elig(a, u)} and {@code elig(a, m)} of d.0: what makes a unit or major unavailable to an applicant. */
class EligibilityTest {

    static final RoundConfig CONTROL_LINE_450 = RoundConfig.provincialRules(List.of(), BigDecimal.valueOf(450));

    @Test
    void belowTheBatchControlLineAnApplicantIsDroppedNowhere() {
        AdmissionInput input = AdmissionInput.of(CONTROL_LINE_450, List.of(unit("P", 5)),
                List.of(applicant("low", 449, Set.of(), Set.of())));

        assertThat(outcomeOf(verified(input), "low").status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
        assertThat(input.eligibility().reasonAtUnit(0, 0)).isEqualTo(IneligibilityReason.BELOW_CONTROL_LINE);
    }

    @Test
    void aUnitRequiringASubjectIsPassedOverForTheNextChoice() {
        AdmissionInput input = historianListingAPhysicsGroupFirst();

        assertThat(outcomeOf(verified(input), "historian").unitId()).isEqualTo("P");
        assertThat(input.eligibility().reasonAtUnit(0, input.units().indexOf("PHY")))
                .isEqualTo(IneligibilityReason.SUBJECT_REQUIREMENT);
    }

    @Test
    void anExcludedAttributePassesOverTheUnit() {
        Unit restricted = new Unit("PHY", BigDecimal.ONE, new Requirements(Set.of(), Map.of(), Set.of("COLOUR")),
                List.of(new Major("PHY", 5)));
        AdmissionInput input = AdmissionInput.of(CONTROL_LINE_450, List.of(restricted, unit("P", 5)),
                List.of(applicant("a", 600, Set.of(Subject.PHYSICS), Set.of("COLOUR"))));

        assertThat(outcomeOf(verified(input), "a").unitId()).isEqualTo("P");
        assertThat(input.eligibility().reasonAtUnit(0, input.units().indexOf("PHY")))
                .isEqualTo(IneligibilityReason.RESTRICTION);
    }

    @Test
    void aMajorsMinimumScoreSendsTheApplicantToAdjustmentAtStageTwo() {
        Major mathematics = new Major("MATH", 1,
                new Requirements(Set.of(), Map.of(ScoreComponent.MATHEMATICS, BigDecimal.valueOf(130)), Set.of()));
        Unit group = new Unit("G", BigDecimal.ONE, Requirements.NONE, List.of(mathematics, new Major("LIT", 1)));
        AdmissionInput input = AdmissionInput.of(CONTROL_LINE_450, List.of(group),
                List.of(new Applicant("weak-in-maths", scores(600, 120, 120), Set.of(), Set.of(),
                        List.of(choice("G", true, "MATH")))));

        ApplicantOutcome outcome = outcomeOf(verified(input), "weak-in-maths");

        assertThat(outcome.majorCode()).isEqualTo("LIT");
        assertThat(outcome.adjusted()).isTrue();
        assertThat(input.eligibility().reasonForMajor(0, input.units().majorIndexOf(0, "MATH")))
                .isEqualTo(IneligibilityReason.SCORE_MINIMUM);
    }

    /** A history candidate listing a physics-only group, then a unit without requirements. */
    static AdmissionInput historianListingAPhysicsGroupFirst() {
        Unit physicsGroup = new Unit("PHY", BigDecimal.ONE, Requirements.subjects(Subject.PHYSICS),
                List.of(new Major("PHY", 5)));
        return AdmissionInput.of(CONTROL_LINE_450, List.of(physicsGroup, unit("P", 5)),
                List.of(applicant("historian", 600, Set.of(Subject.HISTORY), Set.of())));
    }

    private static Applicant applicant(String id, int total, Set<Subject> subjects, Set<String> attributes) {
        return new Applicant(id, scores(total, 100, 100), subjects, attributes,
                List.of(choice("PHY"), choice("P")).subList(total < 450 ? 1 : 0, 2));
    }
}
