package org.jjjpark.events.partner;

import java.util.UUID;

/**
 * A partner joined the park's register. Carries only organisational data: contacts stay in partner-service.
 *
 * @param version the partner's version after this change; consumers ignore anything older than what they hold
 */
public record PartnerRegistered(
        UUID partnerId,
        long version,
        String partnerType,
        String nameZh,
        String nameEn,
        String identifier,
        String regionCode,
        String status) {
}
