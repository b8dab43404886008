package org.jjjpark.agreement.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.agreement.AgreementType;
import org.jjjpark.agreement.SeatAllocation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An agreement as clients see it. */
@Schema(name = "Agreement", description = "An agreement of the park with its parties and the seats it authorises")
public record AgreementView(
        @Schema(description = "Agreement id", example = "7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04")
        UUID id,
        @Schema(description = "The agreement's own number", example = "JJJP-2024-CC-001")
        String reference,
        @Schema(description = "Kind of agreement", example = "CO_CONSTRUCTION")
        AgreementType type,
        @Schema(description = "Title", example = "Co-construction of the park: Beijing Institute of Technology")
        String title,
        @Schema(description = "DRAFT until every party signed, SIGNED until the effective date, then ACTIVE; "
                + "EXPIRED after the end date or TERMINATED early", example = "ACTIVE")
        AgreementStatus status,
        @Schema(description = "The parties in the order of the draft, with their signatures")
        List<PartyView> parties,
        @Schema(description = "First day in effect", example = "2024-02-21")
        LocalDate effectiveFrom,
        @Schema(description = "Last day in effect", example = "2034-02-20")
        LocalDate effectiveTo,
        @Schema(description = "The document the parties sign")
        DocumentReference document,
        @Schema(description = "Number of the allocation version in force", example = "1")
        int allocationVersion,
        @Schema(description = "The seat allocations in force; empty for types that create no seats")
        List<SeatAllocation> allocations,
        @Schema(description = "Every version of the seat allocations, oldest first; only when reading one agreement")
        List<AllocationVersionView> allocationHistory,
        @Schema(description = "When the agreement took effect", example = "2024-02-21T02:00:00Z")
        OffsetDateTime activatedAt,
        @Schema(description = "When the agreement expired", example = "2034-02-20T16:00:00Z")
        OffsetDateTime expiredAt,
        @Schema(description = "When the agreement was terminated", example = "2026-07-01T01:30:00Z")
        OffsetDateTime terminatedAt,
        @Schema(description = "Why the agreement was terminated", example = "Ended by mutual consent")
        String terminationReason,
        @Schema(description = "Version, increased by every change; also the ETag", example = "3")
        long version,
        @Schema(description = "When the draft was recorded", example = "2024-02-20T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When the agreement last changed", example = "2024-02-21T02:00:00Z")
        OffsetDateTime updatedAt) {
}
