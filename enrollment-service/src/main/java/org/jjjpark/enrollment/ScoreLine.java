package org.jjjpark.enrollment;

import java.math.BigDecimal;

/**
 * The score line (分数线) of a group of applicants, e.g. those admitted to a unit: how many, their highest, lowest
 * and mean total score, and the lowest placing among them. Scores and rank are null for an empty group.
 *
 * @param minRank 最低位次: the rank of the lowest-placed applicant of the group, i.e. the largest rank number.
 *                Applicants are called in rank order (d.1), so it is also the rank of the last one called.
 */
public record ScoreLine(int count, BigDecimal maxScore, BigDecimal minScore, BigDecimal meanScore, Integer minRank) {
}
