package org.jjjpark.events.enrollment;

import java.util.UUID;

/**
 * The education authority of a province registered a gaokao candidate. Pseudonymous on purpose: the exam
 * number and ID number appear only as keyed hashes ({@link org.jjjpark.events.IdentityHashes}), which let the
 * gateway match a sign-up without ever holding the numbers.
 *
 * @param provinceCode GB/T 2260 code of the registering province, e.g. {@code 130000}
 */
public record CandidateRegistered(
        UUID candidateId,
        long version,
        String provinceCode,
        int examYear,
        String examNumberHash,
        String idNumberHash) {
}
