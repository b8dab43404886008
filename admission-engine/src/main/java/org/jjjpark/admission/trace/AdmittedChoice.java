package org.jjjpark.admission.trace;

import java.util.List;

/**
 * The file was dropped here and the unit admitted the applicant (d.2).
 *
 * @param majorsPassedOver the majors tried first: listed ones, then, when adjusted, the unit's others in code order
 * @param adjusted         admitted to a major not listed (调剂)
 */
public record AdmittedChoice(int position, String unitId, List<MajorStep> majorsPassedOver, String majorCode,
                             boolean adjusted) implements ChoiceStep {

    public AdmittedChoice {
        majorsPassedOver = List.copyOf(majorsPassedOver);
    }
}
