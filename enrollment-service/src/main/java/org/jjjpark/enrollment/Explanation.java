package org.jjjpark.enrollment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The explanation of an admission decision in words, derived from its trace alone (PIPL art. 24: a decision of
 * significant impact made by automated means must be explained on request). One sentence per choice examined,
 * then the outcome.
 */
public final class Explanation {

    private static final String[] ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth"};

    private Explanation() {
    }

    public static String of(AdmissionDecision decision) {
        List<String> sentences = new ArrayList<>();
        for (ChoiceTrace step : decision.trace) {
            sentences.add(sentence(step, decision.score, decision.rank));
        }
        if (decision.outcome == ApplicationStatus.NOT_DROPPED) {
            sentences.add(decision.trace.isEmpty() ? "Your list named no seat still offered in this round, so your "
                    + "file was not dropped to any unit."
                    : "No choice on your list could take your file, so it was not dropped to any unit in this batch.");
        }
        return String.join(" ", sentences);
    }

    private static String sentence(ChoiceTrace step, BigDecimal score, int rank) {
        String choice = "Your " + ordinal(step.position()) + " choice";
        return switch (step.kind()) {
            case INELIGIBLE -> choice + " was not open to you (" + step.reason() + ").";
            case FULL -> step.lastPlaced() == null ? choice + " takes no files in this batch."
                    : choice + " was full when your turn came: the last applicant placed there scored "
                    + points(step.lastPlaced().score()) + ", rank " + step.lastPlaced().rank() + "; you scored "
                    + points(score) + ", rank " + rank + compared(step.lastPlaced()) + ".";
            case ADMITTED -> choice + " admitted you" + (step.adjusted()
                    ? " by adjustment (调剂) to a major you did not list, as you accepted: " + majorsFull(step)
                    : majorsFull(step).isEmpty() ? " to the first major you listed there."
                    : " to a later major of your list: " + majorsFull(step));
            case REJECTED -> choice + " received your file but rejected it (退档): " + rejection(step);
        };
    }

    private static String rejection(ChoiceTrace step) {
        return switch (step.reason()) {
            case "QUOTA_FILLED" -> "it had admitted its whole quota before your turn"
                    + (step.lastPlaced() == null ? "." : "; the last applicant admitted scored "
                    + points(step.lastPlaced().score()) + ", rank " + step.lastPlaced().rank() + ".");
            case "NOT_ADJUSTABLE" -> "you did not accept adjustment, and " + majorsFull(step);
            default -> "even with adjustment, " + majorsFull(step);
        };
    }

    /** What the majors passed over had against the applicant, e.g. "major X was full (last admitted 612, rank 3)". */
    private static String majorsFull(ChoiceTrace step) {
        if (step.majorsPassedOver().isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (MajorTrace major : step.majorsPassedOver()) {
            if (!MajorTrace.FULL.equals(major.reason())) {
                parts.add("major " + major.majorCode() + " was not open to you (" + major.reason() + ")");
            } else if (major.lastAdmitted() == null) {
                parts.add("major " + major.majorCode() + " has no seat");
            } else {
                parts.add("major " + major.majorCode() + " was full (the last admitted scored "
                        + points(major.lastAdmitted().score()) + ", rank " + major.lastAdmitted().rank() + ")");
            }
        }
        return String.join("; ", parts) + ".";
    }

    /** Says why an applicant with the same score came first, when the total did not decide (d.3). */
    private static String compared(Placement last) {
        return "TOTAL_SCORE".equals(last.decidedBy()) ? ""
                : " (equal total; " + last.decidedBy() + " decided)";
    }

    /** A score as people write it: 612.5, 600; never 600.00. */
    private static String points(BigDecimal score) {
        return score.stripTrailingZeros().toPlainString();
    }

    private static String ordinal(int position) {
        return position < ORDINALS.length ? ORDINALS[position] : "no. " + (position + 1);
    }
}
