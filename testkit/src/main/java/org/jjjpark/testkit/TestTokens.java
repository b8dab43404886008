package org.jjjpark.testkit;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Bearer tokens shaped like the gateway's, signed with the test-only key in {@code testkit/jwt/}. Services
 * under test trust that key, so tests can act as any role without running the gateway.
 */
public final class TestTokens {

    public static final String ISSUER = "https://gateway.jjjpark.test";
    public static final String AUDIENCE = "jjjpark-api";

    private static final PrivateKey KEY = loadPrivateKey();

    private TestTokens() {
    }

    public static String operator() {
        return sign("operator-test-client", "operator", claims -> { });
    }

    public static String commission(String province) {
        return sign("commission-" + province, "commission", claims -> claims.setClaim("province", province));
    }

    public static String partner(UUID partnerId) {
        return sign("partner-" + partnerId, "partner", claims -> claims.setClaim("partnerId", partnerId.toString()));
    }

    public static String applicant(UUID candidateId) {
        return sign(candidateId.toString(), "applicant", claims -> { });
    }

    /** A token whose lifetime ended an hour ago. */
    public static String expiredOperator() {
        return sign("operator-test-client", "operator", claims -> {
            claims.setIssuedAt(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 7200));
            claims.setExpirationTime(NumericDate.fromSeconds(System.currentTimeMillis() / 1000 - 3600));
        });
    }

    /** A well-formed operator token signed by a key nobody trusts. */
    public static String operatorSignedByAnotherKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), "operator-test-client", "operator", c -> { });
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A well-signed operator token naming an issuer the services do not trust. */
    public static String operatorFromAnotherIssuer() {
        return sign("operator-test-client", "operator", claims -> claims.setIssuer("https://issuer.evil.example"));
    }

    /** A well-signed operator token meant for another API. */
    public static String operatorForAnotherAudience() {
        return sign("operator-test-client", "operator", claims -> claims.setAudience("another-api"));
    }

    /**
     * An operator token signed with HS256 whose secret is the trusted public key: accepted by a verifier that
     * lets the token choose the algorithm (key confusion).
     */
    public static String operatorSignedWithThePublicKeyAsHmacSecret() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/testkit/jwt/public-key.pem")) {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(ISSUER);
            claims.setAudience(AUDIENCE);
            claims.setSubject("operator-test-client");
            claims.setStringListClaim("groups", List.of("operator"));
            claims.setExpirationTimeMinutesInTheFuture(10);
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(new HmacKey(in.readAllBytes()));
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
            return jws.getCompactSerialization();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }

    /** An operator token with {@code alg: none}: no signature at all. */
    public static String operatorWithoutSignature() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE
                + "\",\"sub\":\"intruder\",\"groups\":[\"operator\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 600)
                + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + payload + ".";
    }

    private static String sign(String subject, String role, Consumer<JwtClaims> extra) {
        return sign(KEY, subject, role, extra);
    }

    private static String sign(PrivateKey key, String subject, String role, Consumer<JwtClaims> extra) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        claims.setJwtId(UUID.randomUUID().toString());
        extra.accept(claims);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign test token", e);
        }
    }

    private static PrivateKey loadPrivateKey() {
        try (InputStream in = TestTokens.class.getResourceAsStream("/testkit/jwt/private-key.pem")) {
            String pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }
}
