package org.jjjpark.events.enrollment;

import java.util.List;
import java.util.UUID;

/**
 * An applicant submitted their choice list for one (year, source province, batch). The applicant appears only
 * by candidate id: no name, exam number or ID number.
 *
 * @param sourceProvince GB/T 2260 code of the candidate's province
 * @param batch          {@code EARLY}, {@code UNDERGRADUATE} or {@code VOCATIONAL}
 */
public record ApplicationSubmitted(
        UUID applicationId,
        UUID candidateId,
        long version,
        int intakeYear,
        String sourceProvince,
        String batch,
        List<ApplicationChoice> choices,
        String status) {
}
