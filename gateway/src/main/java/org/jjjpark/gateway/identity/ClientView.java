package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A system client as operators see it; never its secret. */
@Schema(name = "Client", description = "A system client")
public record ClientView(
        @Schema(description = "Client id for the token endpoint", example = "commission-130000-3f9a2c")
        String clientId,
        @Schema(description = "Who runs the system", example = "Hebei Education Examinations Authority")
        String name,
        @Schema(description = "What the client may do", example = "COMMISSION")
        ClientRole role,
        @Schema(description = "Province of a commission client", example = "130000")
        String province,
        @Schema(description = "Partner of a partner client", example = "5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01")
        UUID partnerId,
        @Schema(description = "ACTIVE, or DISABLED", example = "ACTIVE")
        String status,
        @Schema(description = "When it was created", example = "2026-11-29T09:00:00Z")
        OffsetDateTime createdAt,
        @Schema(description = "When its secret was last set", example = "2026-11-29T09:00:00Z")
        OffsetDateTime secretRotatedAt) {

    static ClientView of(ApiClient c) {
        return new ClientView(c.clientId, c.name, ClientRole.ofTokenRole(c.role), c.province, c.partnerId, c.status,
                c.createdAt, c.secretRotatedAt);
    }
}
