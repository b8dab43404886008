package org.jjjpark.agreement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.ActiveOrderClass;
import org.jjjpark.agreement.AgreementCount;
import org.jjjpark.agreement.SeatTotal;

import java.util.List;

/** What education commissions follow: the agreements, the seats they authorise and the order classes. */
@Schema(name = "AgreementSummary", description = "Agreements by type and status, seats in force and active order "
        + "classes")
public record AgreementSummary(
        @Schema(description = "Agreements by type and status, every agreement counted once")
        List<AgreementCount> agreements,
        @Schema(description = "Seats of active agreements by program, intake year, source province and plan type")
        List<SeatTotal> seats,
        @Schema(description = "Active order classes and their sponsors")
        List<ActiveOrderClass> activeOrderClasses) {
}
