package org.jjjpark.events.agreement;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A signed or active agreement was ended early; the seats it authorised are withdrawn. The reason, free text
 * that may name people, stays in agreement-service.
 */
public record AgreementTerminated(UUID agreementId, long version, OffsetDateTime terminatedAt) {
}
