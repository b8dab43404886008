package org.jjjpark.devstack;

import org.jjjpark.testkit.platform.GatewaySigningKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/**
 * The devstack's token signing key, made on first start and kept in {@code .devstack/jwt/}. The gateway signs
 * with it (so its tokens survive restarts of the stack) and the services trust it directly, which spares them
 * waiting for the gateway's JWKS; the launcher uses it to sign the tokens that load the demo data.
 */
final class DevTokenIssuer {

    private static final String ISSUER = "https://devstack.jjjpark.local";
    /** The audience every service verifies ({@code mp.jwt.verify.audiences}). */
    private static final String AUDIENCE = "jjjpark-api";
    private static final String OPERATOR_ROLE = "operator";
    private static final String APPLICANT_ROLE = "applicant";

    private final GatewaySigningKey key;

    private DevTokenIssuer(GatewaySigningKey key) {
        this.key = key;
    }

    static DevTokenIssuer loadOrCreate(Path dir) {
        try {
            return new DevTokenIssuer(GatewaySigningKey.loadOrCreate(dir, ISSUER));
        } catch (IllegalStateException e) {
            throw new DevStackFailure("the token key in " + dir + " is unreadable; delete the directory (or start with"
                    + " --fresh) and a new one is made");
        }
    }

    /** The key and issuer the gateway and the services are configured with. */
    GatewaySigningKey signingKey() {
        return key;
    }

    /**
     * A park operator's token (the role that may write partners and programs), also saved to {@code file} for
     * curl and Swagger UI, readable by the owner only.
     */
    String saveOperatorToken(Path file, Duration lifetime) {
        String token = operatorToken(lifetime);
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, token, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return token;
    }

    String operatorToken(Duration lifetime) {
        return token("devstack-operator", OPERATOR_ROLE, lifetime);
    }

    /**
     * A token of the candidate as the gateway issues it after sign-in: the demo loader submits the lists of
     * candidates who never signed up, without spending the gateway's per-address sign-in budget on them.
     */
    String applicantToken(UUID candidateId, Duration lifetime) {
        return token(candidateId.toString(), APPLICANT_ROLE, lifetime);
    }

    private String token(String subject, String role, Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setStringListClaim("groups", List.of(role));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.privateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a devstack token", e);
        }
    }
}
