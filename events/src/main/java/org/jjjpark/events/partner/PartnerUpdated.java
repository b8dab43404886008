package org.jjjpark.events.partner;

import java.util.UUID;

/** A partner's public data changed; the event carries its whole new state, so a consumer needs no history. */
public record PartnerUpdated(
        UUID partnerId,
        long version,
        String partnerType,
        String nameZh,
        String nameEn,
        String identifier,
        String regionCode,
        String status) {
}
