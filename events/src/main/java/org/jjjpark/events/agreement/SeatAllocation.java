package org.jjjpark.events.agreement;

import java.util.UUID;

/**
 * Seats an agreement authorises for one program, intake year and plan.
 *
 * @param programId      a program from {@code partner.events}, offered by a party of the agreement
 * @param planProvince   GB/T 2260 code of the province whose enrollment plan the seats count against
 * @param sourceProvince GB/T 2260 code of the province the applicants come from
 * @param planType       {@code GENERAL}, {@code ORDER_CLASS}, {@code DIRECTED} or {@code SPECIAL}
 */
public record SeatAllocation(
        UUID programId,
        int intakeYear,
        String planProvince,
        String sourceProvince,
        String planType,
        int seats) {
}
