package org.jjjpark.admission.trace;

/** What happened at one choice of an applicant's list, in list order, up to their outcome. */
public sealed interface ChoiceStep permits IneligibleChoice, FullChoice, AdmittedChoice, RejectedChoice {

    /** The position in the applicant's list, from 0. */
    int position();

    String unitId();
}
