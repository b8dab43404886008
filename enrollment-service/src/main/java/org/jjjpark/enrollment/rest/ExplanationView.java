package org.jjjpark.enrollment.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.enrollment.ChoiceTrace;

import java.util.List;

/** Why a round decided what it did for an application: in words, and step by step (PIPL art. 24). */
@Schema(name = "Explanation", description = "The explanation of an admission decision, derived from its trace")
public record ExplanationView(
        @Schema(description = "The decision explained")
        AdmissionDecisionView decision,
        @Schema(description = "The explanation in words",
                example = "Your first choice was full when your turn came: the last applicant placed there scored "
                        + "612, rank 3418; you scored 605, rank 4102. Your second choice admitted you to the first "
                        + "major you listed there.")
        String text,
        @Schema(description = "Each choice examined, in list order, up to the outcome")
        List<ChoiceTrace> steps) {
}
