package org.jjjpark.events;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Keyed hashes (HMAC-SHA256, hex) of identity numbers, as carried by {@code CandidateRegistered}. Producer and
 * consumer share the key and these normalisation rules; without the key a hash reveals nothing, and the
 * 18-digit ID-number space is too small for an unkeyed hash to be safe.
 */
public final class IdentityHashes {

    private IdentityHashes() {
    }

    /** Exam numbers (考生号) are compared without surrounding spaces. */
    public static String examNumber(byte[] key, String examNumber) {
        return hmac(key, "exam:" + examNumber.strip());
    }

    /** ID numbers are compared without spaces and with the check character {@code x} in capitals. */
    public static String idNumber(byte[] key, String idNumber) {
        return hmac(key, "id:" + idNumber.strip().toUpperCase(Locale.ROOT));
    }

    private static String hmac(byte[] key, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
