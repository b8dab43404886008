package org.jjjpark.events.partner;

import java.util.List;
import java.util.UUID;

/**
 * An institution offers a program (major) at the park.
 *
 * @param catalogueCode        code in the undergraduate program catalogue, e.g. {@code 080717T}
 * @param subjectRequirements  gaokao subjects an applicant must have taken, e.g. {@code PHYSICS}
 */
public record ProgramOffered(
        UUID programId,
        UUID partnerId,
        long version,
        String catalogueCode,
        String nameZh,
        String nameEn,
        String degree,
        int durationYears,
        String campus,
        List<String> subjectRequirements,
        String status) {
}
