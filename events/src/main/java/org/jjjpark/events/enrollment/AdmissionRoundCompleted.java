package org.jjjpark.events.enrollment;

import java.util.UUID;

/**
 * A verified admission round was stored and the applications of its scope moved to their outcomes. The hashes
 * let anyone holding the round's canonical input re-run it and compare (DOMAIN.md d.6, PIPL art. 24).
 *
 * @param inputSha256  SHA-256 of the canonical input document, lower-case hex
 * @param resultSha256 SHA-256 of the canonical result document, lower-case hex
 */
public record AdmissionRoundCompleted(
        UUID roundId,
        int intakeYear,
        String sourceProvince,
        String batch,
        String algorithmVersion,
        String inputSha256,
        String resultSha256,
        int applicants,
        int admitted,
        int rejected,
        int notDropped) {
}
