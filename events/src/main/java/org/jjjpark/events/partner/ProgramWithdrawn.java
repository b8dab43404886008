package org.jjjpark.events.partner;

import java.util.UUID;

/** A program is no longer offered: no new seats may be allocated to it. */
public record ProgramWithdrawn(UUID programId, UUID partnerId, long version) {
}
