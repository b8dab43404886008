package org.jjjpark.agreement.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.AgreementType;
import org.jjjpark.agreement.Party;
import org.jjjpark.agreement.SeatAllocation;

import java.time.LocalDate;
import java.util.List;

/** The draft of a new agreement. */
@Schema(name = "AgreementRequest", description = "An agreement to record as a draft, before the parties sign")
public record AgreementRequest(
        @Schema(description = "The agreement's own number, unique in the park", example = "JJJP-2024-CC-001",
                required = true, maxLength = 50)
        @NotNull @Pattern(regexp = REFERENCE, message = REFERENCE_MESSAGE)
        String reference,
        @Schema(description = "Kind of agreement; CO_CONSTRUCTION and ORDER_CLASS allocate seats",
                example = "CO_CONSTRUCTION", required = true)
        @NotNull
        AgreementType type,
        @Schema(description = "Title of the agreement", example = "Co-construction of the park: Beijing Institute of "
                + "Technology", required = true, maxLength = 200)
        @NotBlank @Size(max = 200)
        String title,
        @Schema(description = "The parties, 2 to 50, each partner once; an order class has exactly one SPONSOR",
                required = true)
        @NotNull @Size(min = 2, max = 50)
        List<@Valid @NotNull Party> parties,
        @Schema(description = "First day in effect (the park's calendar, Asia/Shanghai)", example = "2024-02-21",
                required = true)
        @NotNull
        LocalDate effectiveFrom,
        @Schema(description = "Last day in effect; the agreement expires the day after", example = "2034-02-20",
                required = true)
        @NotNull
        LocalDate effectiveTo,
        @Schema(description = "The document the parties sign", required = true)
        @NotNull @Valid
        DocumentReference document,
        @Schema(description = "Seats authorised, for CO_CONSTRUCTION and ORDER_CLASS (required there, refused "
                + "elsewhere); each program, intake year, plan province, source province and plan type once")
        @Size(max = 500)
        List<@Valid @NotNull SeatAllocation> allocations) {

    static final String REFERENCE = "^[A-Za-z0-9][A-Za-z0-9._/-]{0,49}$";
    static final String REFERENCE_MESSAGE = "must be 1 to 50 letters, digits, '.', '_', '/' or '-', starting with a "
            + "letter or digit";

    /** The allocations, none when the field is absent. */
    public List<SeatAllocation> allocationsOrNone() {
        return allocations == null ? List.of() : allocations;
    }
}
