package org.jjjpark.admission.trace;

import org.jjjpark.admission.RejectionReason;

import java.util.List;

/**
 * The file was dropped here and the unit rejected it (退档, d.2). With re-drop the list goes on after it.
 *
 * @param majorsPassedOver every major tried, each full or not eligible; empty for {@code QUOTA_FILLED}
 * @param lastAdmitted     for {@code QUOTA_FILLED}, the last applicant the unit admitted before them; else null
 */
public record RejectedChoice(int position, String unitId, RejectionReason reason, List<MajorStep> majorsPassedOver,
                             Cutoff lastAdmitted) implements ChoiceStep {

    public RejectedChoice {
        majorsPassedOver = List.copyOf(majorsPassedOver);
    }
}
