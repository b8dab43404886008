package org.jjjpark.admission;

import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.Unit;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Short ways to write the small rounds of the tests: units, applicants, choices, and a verified run. */
public final class Fixtures {

    private Fixtures() {
    }

    /** A "major + institution" unit with ratio 1. */
    public static Unit unit(String id, int quota) {
        return Unit.single(id, quota, BigDecimal.ONE, Requirements.NONE);
    }

    /** A major group. */
    public static Unit group(String id, String dropRatio, Major... majors) {
        return new Unit(id, new BigDecimal(dropRatio), Requirements.NONE, List.of(majors));
    }

    /** Scores with every subscore 0. */
    public static Scores total(int total) {
        return scores(total, 0, 0);
    }

    public static Scores scores(int total, int chinese, int mathematics) {
        return new Scores(BigDecimal.valueOf(total), BigDecimal.valueOf(chinese), BigDecimal.valueOf(mathematics),
                BigDecimal.ZERO, BigDecimal.ZERO, List.of());
    }

    public static Applicant applicant(String id, Scores scores, Choice... choices) {
        return new Applicant(id, scores, Set.of(), Set.of(), List.of(choices));
    }

    /** A choice of a single-major unit, which names its one major. */
    public static Choice choice(String unit) {
        return new Choice(unit, List.of(unit), false);
    }

    public static Choice choice(String unit, boolean acceptAdjustment, String... majors) {
        return new Choice(unit, List.of(majors), acceptAdjustment);
    }

    /** Runs the round and insists that it was verified. */
    public static AdmissionResult verified(AdmissionInput input) {
        RoundOutcome outcome = new AdmissionEngine().run(input);
        assertThat(outcome).as("%s", outcome instanceof FailedRound failed ? failed.violations() : "")
                .isInstanceOf(VerifiedRound.class);
        return ((VerifiedRound) outcome).result();
    }

    /** The outcome of applicant {@code id}. */
    public static ApplicantOutcome outcomeOf(AdmissionResult result, String id) {
        return result.outcome(id).orElseThrow();
    }
}
