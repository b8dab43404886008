package org.jjjpark.admission.input;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One applicant of the round as the snapshot froze them: scores, what eligibility reads, and the ordered list.
 *
 * @param id         pseudonymous and unique in the round; the lottery and the canonical order read it
 * @param subjects   the subjects taken beyond Chinese, mathematics and a foreign language
 * @param attributes facts that restrictions may exclude (e.g. a physical-examination code)
 */
public record Applicant(String id, Scores scores, Set<Subject> subjects, Set<String> attributes,
                        List<Choice> choices) {

    public Applicant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scores, "scores");
        subjects = Set.copyOf(subjects);
        attributes = Set.copyOf(attributes);
        choices = List.copyOf(choices);
    }
}
