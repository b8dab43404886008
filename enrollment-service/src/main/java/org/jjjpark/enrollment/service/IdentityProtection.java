package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.enrollment.FieldEncryption;
import org.jjjpark.enrollment.IdNumber;
import org.jjjpark.enrollment.config.EnrollmentConfig;
import org.jjjpark.events.IdentityHashes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The keys that protect identity numbers, and the only code that uses them: ID numbers are sealed with AES-GCM,
 * found and de-duplicated by keyed hash, and shown masked.
 */
@ApplicationScoped
public class IdentityProtection {

    private static final String ID_NUMBER_FIELD = "candidate.id_number";

    private final FieldEncryption encryption;
    private final byte[] lookupKey;

    @Inject
    public IdentityProtection(EnrollmentConfig config) {
        this.encryption = new FieldEncryption(Base64.getDecoder().decode(config.pii().encryptionKey()));
        this.lookupKey = config.identity().lookupKey().getBytes(StandardCharsets.UTF_8);
    }

    public byte[] seal(String idNumber) {
        return encryption.encrypt(ID_NUMBER_FIELD, IdNumber.canonical(idNumber));
    }

    public String masked(byte[] sealedIdNumber) {
        return IdNumber.masked(encryption.decrypt(ID_NUMBER_FIELD, sealedIdNumber));
    }

    public String idNumberHash(String idNumber) {
        return IdentityHashes.idNumber(lookupKey, idNumber);
    }

    public String examNumberHash(String examNumber) {
        return IdentityHashes.examNumber(lookupKey, examNumber);
    }
}
