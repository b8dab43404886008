package org.jjjpark.events.partner;

import java.util.UUID;

/** A partner left the register: it can no longer join agreements or offer programs. */
public record PartnerDeactivated(UUID partnerId, long version) {
}
