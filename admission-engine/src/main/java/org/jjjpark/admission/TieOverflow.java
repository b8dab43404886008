package org.jjjpark.admission;

import java.util.List;

/**
 * One capacity exceeded because applicants were fully tied at its cutoff (全部投档, d.3): all of them were placed.
 * Everyone placed there who is not in {@code tiedApplicantIds} ranks strictly above them and fits within
 * {@code capacity}; {@code placed - capacity} is the overflow.
 *
 * @param majorCode only for {@link OverflowKind#MAJOR_QUOTA}; null otherwise
 * @param tiedApplicantIds the fully tied applicants at the cutoff, sorted
 */
public record TieOverflow(OverflowKind kind, String unitId, String majorCode, int capacity, int placed,
                          List<String> tiedApplicantIds) {

    public TieOverflow {
        tiedApplicantIds = List.copyOf(tiedApplicantIds);
    }

    public int overflow() {
        return placed - capacity;
    }
}
