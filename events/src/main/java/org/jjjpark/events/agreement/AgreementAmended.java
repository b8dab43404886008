package org.jjjpark.events.agreement;

import java.util.List;
import java.util.UUID;

/**
 * The seat allocations of an active agreement changed. {@code allocations} is the complete new set, replacing
 * the previous one (not a difference), so a consumer that missed nothing and one that did reach the same state.
 */
public record AgreementAmended(
        UUID agreementId,
        long version,
        int allocationVersion,
        List<SeatAllocation> allocations) {
}
