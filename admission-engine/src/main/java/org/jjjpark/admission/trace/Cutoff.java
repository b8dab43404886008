package org.jjjpark.admission.trace;

import org.jjjpark.admission.input.DecidingKey;

import java.math.BigDecimal;

/**
 * The last applicant placed somewhere before the traced applicant's turn came: their score and rank, and the key
 * of the priority order on which they came first (the explanation's "you scored 605, they scored 612").
 */
public record Cutoff(BigDecimal score, int rank, DecidingKey decidedBy) {
}
