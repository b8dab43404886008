package org.jjjpark.admission.input;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * The strict lottery of d.3: an applicant's draw is HMAC-SHA256 keyed with the UTF-8 bytes of the published seed
 * over the UTF-8 bytes of the applicant id; the lower draw, read as an unsigned big-endian number, goes first.
 * Anyone holding the seed can recompute every draw.
 */
public final class Lottery {

    private static final String ALGORITHM = "HmacSHA256";

    private final Mac mac;

    public Lottery(String seed) {
        try {
            mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(seed.getBytes(StandardCharsets.UTF_8), ALGORITHM));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no " + ALGORITHM, e);
        }
    }

    public byte[] draw(String applicantId) {
        return mac.doFinal(applicantId.getBytes(StandardCharsets.UTF_8));
    }

    /** Negative when {@code first} goes before {@code second}. */
    public static int compare(byte[] first, byte[] second) {
        return Arrays.compareUnsigned(first, second);
    }
}
