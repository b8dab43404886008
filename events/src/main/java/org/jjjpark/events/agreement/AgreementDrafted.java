package org.jjjpark.events.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * An operator recorded the draft of an agreement; the parties have yet to sign it. Seats are announced only
 * when the agreement takes effect ({@link AgreementActivated}).
 *
 * @param reference      the agreement's own number, unique in the park, e.g. {@code JJJP-2024-CC-001}
 * @param documentSha256 SHA-256 (hex) of the document the parties sign
 */
public record AgreementDrafted(
        UUID agreementId,
        long version,
        String reference,
        String agreementType,
        String title,
        List<AgreementParty> parties,
        LocalDate effectiveFrom,
        LocalDate effectiveTo,
        String documentSha256,
        String documentUri) {
}
