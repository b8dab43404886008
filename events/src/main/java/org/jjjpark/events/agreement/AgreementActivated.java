package org.jjjpark.events.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A signed agreement took effect. Carries everything a consumer needs to open enrollment-plan lines: the
 * parties (an order class's sponsor has role {@code SPONSOR}) and the full seat allocations in force.
 *
 * @param allocationVersion number of the allocation version in force, 1 for the signed original
 * @param allocations       empty for agreement types that create no seats
 */
public record AgreementActivated(
        UUID agreementId,
        long version,
        String agreementType,
        List<AgreementParty> parties,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        int allocationVersion,
        List<SeatAllocation> allocations) {
}
