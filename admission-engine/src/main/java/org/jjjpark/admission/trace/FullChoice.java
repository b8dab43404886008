package org.jjjpark.admission.trace;

/**
 * The unit had received all its files when the applicant's turn came (d.1).
 *
 * @param lastPlaced the last applicant dropped there before them; null when the unit takes no files
 */
public record FullChoice(int position, String unitId, int dropCapacity, Cutoff lastPlaced) implements ChoiceStep {
}
