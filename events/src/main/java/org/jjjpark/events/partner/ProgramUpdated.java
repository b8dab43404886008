package org.jjjpark.events.partner;

import java.util.List;
import java.util.UUID;

/** A program's data changed; carries its whole new state. */
public record ProgramUpdated(
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
