package org.jjjpark.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.UUID;

/**
 * Seats an agreement authorises: for one program, intake year, plan province, source province and plan type.
 * A seat's campus is the program's campus.
 */
@Embeddable
@Schema(name = "SeatAllocation", description = "Seats for one program, intake year, plan and source province")
public record SeatAllocation(
        @Schema(description = "Program (major) id, as offered in partner-service by a party of the agreement",
                example = "0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02", required = true)
        @NotNull
        @Column(name = "program_id", nullable = false)
        UUID programId,
        @Schema(description = "Year of the intake the seats are for", example = "2024", required = true,
                minimum = "2000", maximum = "2100")
        @Min(2000) @Max(2100)
        @Column(name = "intake_year", nullable = false)
        int intakeYear,
        @Schema(description = "GB/T 2260 code of the province whose enrollment plan the seats count against",
                example = "110000", required = true)
        @NotNull @Pattern(regexp = PROVINCE, message = PROVINCE_MESSAGE)
        @Column(name = "plan_province", nullable = false)
        String planProvince,
        @Schema(description = "GB/T 2260 code of the province the applicants come from", example = "130000",
                required = true)
        @NotNull @Pattern(regexp = PROVINCE, message = PROVINCE_MESSAGE)
        @Column(name = "source_province", nullable = false)
        String sourceProvince,
        @Schema(description = "Enrollment plan the seats belong to", example = "GENERAL", required = true)
        @NotNull
        @Enumerated(EnumType.STRING)
        @Column(name = "plan_type", nullable = false)
        PlanType planType,
        @Schema(description = "Number of seats, at least 1", example = "40", required = true, minimum = "1",
                maximum = "10000")
        @Min(1) @Max(10000)
        @Column(nullable = false)
        int seats) {

    static final String PROVINCE = "^[1-8][0-9]0000$";
    static final String PROVINCE_MESSAGE = "must be a province-level GB/T 2260 code, e.g. 110000, 120000 or 130000";

    /** What makes two allocations the same line of a plan: everything but the number of seats. */
    public Key key() {
        return new Key(programId, intakeYear, planProvince, sourceProvince, planType);
    }

    /** The identity of an allocation within one version of an agreement's allocations. */
    public record Key(UUID programId, int intakeYear, String planProvince, String sourceProvince, PlanType planType) {

        @Override
        public String toString() {
            return "program " + programId + ", intake " + intakeYear + ", plan province " + planProvince
                    + ", source province " + sourceProvince + ", " + planType;
        }
    }
}
