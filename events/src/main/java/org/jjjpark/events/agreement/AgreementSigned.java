package org.jjjpark.events.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One party signed. The signatory's name stays in agreement-service: it names a person.
 *
 * @param status {@code SIGNED} when this was the last missing signature, {@code DRAFT} otherwise
 */
public record AgreementSigned(
        UUID agreementId,
        long version,
        UUID partnerId,
        String role,
        OffsetDateTime signedAt,
        String status) {
}
