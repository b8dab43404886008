package org.jjjpark.admission;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.DecidingKey;
import org.jjjpark.admission.input.IneligibilityReason;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.trace.AdmittedChoice;
import org.jjjpark.admission.trace.ApplicantTrace;
import org.jjjpark.admission.trace.ChoiceStep;
import org.jjjpark.admission.trace.Cutoff;
import org.jjjpark.admission.trace.FullChoice;
import org.jjjpark.admission.trace.FullMajor;
import org.jjjpark.admission.trace.IneligibleChoice;
import org.jjjpark.admission.trace.RejectedChoice;
import org.jjjpark.admission.trace.RoundTrace;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.admission.Fixtures.choice;

/** The per-applicant trace: enough to say "your first choice was full when your turn came: the last ...". */
class RoundTraceTest {

    @Test
    void aChoiceFullAtTheApplicantsTurnNamesTheLastApplicantPlacedThere() {
        ApplicantTrace trace = traceOf(WorkedExamplesTest.v1(), "C");

        assertThat(trace.score()).isEqualTo(BigDecimal.valueOf(640));
        assertThat(trace.rank()).isEqualTo(3);
        assertThat(trace.status()).isEqualTo(OutcomeStatus.NOT_DROPPED);
        assertThat(trace.steps()).containsExactly(
                new FullChoice(0, "P1", 1, new Cutoff(BigDecimal.valueOf(650), 1, DecidingKey.TOTAL_SCORE)));
    }

    @Test
    void theTraceGoesDownTheListToTheUnitThatAdmittedTheApplicant() {
        ApplicantTrace trace = traceOf(WorkedExamplesTest.v1(), "B");

        assertThat(trace.steps()).containsExactly(
                new FullChoice(0, "P1", 1, new Cutoff(BigDecimal.valueOf(650), 1, DecidingKey.TOTAL_SCORE)),
                new AdmittedChoice(1, "P2", List.of(), "P2", false));
    }

    @Test
    void theCutoffSaysWhichKeyOfTheChainDecided() {
        AdmissionResult result = Fixtures.verified(TieBreakingTest.threeTied(TieBreakingTest.VOLUNTEER_ORDER_FIRST,
                choice("Q"), choice("P")));

        List<ChoiceStep> steps = new RoundTrace(result).of("F").orElseThrow().steps();

        assertThat(steps).extracting(step -> ((FullChoice) step).lastPlaced().decidedBy())
                .containsExactly(DecidingKey.FOREIGN_LANGUAGE, DecidingKey.VOLUNTEER_ORDER);
    }

    @Test
    void aRejectionNamesTheFullMajorsTheApplicantWouldNotBeAdjustedFrom() {
        ApplicantTrace trace = traceOf(WorkedExamplesTest.v3(RatioRounding.CEIL), "I");

        assertThat(trace.steps()).containsExactly(new RejectedChoice(0, "G", RejectionReason.NOT_ADJUSTABLE,
                List.of(new FullMajor("M1", 1, new Cutoff(BigDecimal.valueOf(620), 1, DecidingKey.TOTAL_SCORE))),
                null));
    }

    @Test
    void anAdjustmentListsTheMajorsPassedOverFirst() {
        ApplicantTrace trace = traceOf(WorkedExamplesTest.v3(RatioRounding.CEIL), "J");

        assertThat(trace.steps()).containsExactly(new AdmittedChoice(0, "G",
                List.of(new FullMajor("M1", 1, new Cutoff(BigDecimal.valueOf(620), 1, DecidingKey.TOTAL_SCORE))),
                "M2", true));
    }

    @Test
    void withReDropTheTraceShowsTheRejectionAndTheUnitThatAdmittedTheApplicantAfter() {
        ApplicantTrace trace = traceOf(WorkedExamplesTest.v4(true), "Z");

        assertThat(trace.steps()).containsExactly(
                new RejectedChoice(0, "G", RejectionReason.QUOTA_FILLED, List.of(),
                        new Cutoff(BigDecimal.valueOf(690), 2, DecidingKey.TOTAL_SCORE)),
                new AdmittedChoice(1, "G2", List.of(), "G2", false));
    }

    @Test
    void anIneligibleChoiceSaysWhy() {
        AdmissionResult result = Fixtures.verified(EligibilityTest.historianListingAPhysicsGroupFirst());

        assertThat(new RoundTrace(result).of("historian").orElseThrow().steps().get(0))
                .isEqualTo(new IneligibleChoice(0, "PHY", IneligibilityReason.SUBJECT_REQUIREMENT));
    }

    @Property(tries = 200)
    void everyTraceEndsInTheApplicantsOutcomeAndEveryFullChoiceHadSomeoneAhead(
            @ForAll("rounds") RandomRound round) {
        AdmissionResult result = Fixtures.verified(round.input());
        RoundTrace traces = new RoundTrace(result);

        for (ApplicantOutcome outcome : result.outcomes()) {
            List<ChoiceStep> steps = traces.of(outcome.applicantId()).orElseThrow().steps();
            ChoiceStep last = steps.isEmpty() ? null : steps.get(steps.size() - 1);
            switch (outcome.status()) {
                case ADMITTED -> assertThat(last).isInstanceOfSatisfying(AdmittedChoice.class,
                        admitted -> assertThat(admitted.majorCode()).isEqualTo(outcome.majorCode()));
                case REJECTED -> assertThat(last).isInstanceOfSatisfying(RejectedChoice.class,
                        rejected -> assertThat(rejected.reason()).isEqualTo(outcome.rejectionReason()));
                case NOT_DROPPED -> assertThat(steps).doesNotHaveAnyElementsOfTypes(AdmittedChoice.class);
            }
            steps.stream().filter(FullChoice.class::isInstance).map(FullChoice.class::cast)
                    .filter(full -> full.dropCapacity() > 0)
                    .forEach(full -> assertThat(full.lastPlaced().decidedBy()).isNotNull());
        }
    }

    @Provide
    Arbitrary<RandomRound> rounds() {
        return RandomRound.any();
    }

    private static ApplicantTrace traceOf(AdmissionInput input, String id) {
        return new RoundTrace(Fixtures.verified(input)).of(id).orElseThrow();
    }
}
