package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An applicant's total score and the subscores the tie-break chain and minimum scores read (DOMAIN.md d.3).
 * Schemes without a first-choice subject (3+3) give 0 for it.
 *
 * @param electives the scores of the re-choice subjects, in any order
 */
public record Scores(BigDecimal total, BigDecimal chinese, BigDecimal mathematics, BigDecimal foreignLanguage,
                     BigDecimal firstChoiceSubject, List<BigDecimal> electives) {

    public Scores {
        total = Points.normal(Objects.requireNonNull(total, "total"));
        chinese = Points.normal(Objects.requireNonNull(chinese, "chinese"));
        mathematics = Points.normal(Objects.requireNonNull(mathematics, "mathematics"));
        foreignLanguage = Points.normal(Objects.requireNonNull(foreignLanguage, "foreignLanguage"));
        firstChoiceSubject = Points.normal(Objects.requireNonNull(firstChoiceSubject, "firstChoiceSubject"));
        electives = electives.stream().map(Points::normal).toList();
    }
}
