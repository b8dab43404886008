package org.jjjpark.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.gateway.GatewayConfig;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Issues the platform's JWTs (RS256, short-lived) and verifies the ones presented to the gateway itself. */
@ApplicationScoped
public class TokenService {

    private final SigningKey key;
    private final GatewayConfig.Jwt settings;
    private final JwtConsumer consumer;

    @Inject
    public TokenService(SigningKey key, GatewayConfig config) {
        this.key = key;
        this.settings = config.jwt();
        this.consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setRequireSubject()
                .setAllowedClockSkewInSeconds(30)
                .setExpectedIssuer(settings.issuer())
                .setExpectedAudience(settings.audience())
                .setVerificationKey(key.jwk().getPublicKey())
                // Only RS256: refuses alg "none" and HS256 tokens "signed" with the public key.
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .build();
    }

    /**
     * @param claims extra claims such as {@code province} or {@code partnerId}
     */
    public IssuedToken issue(String subject, String role, Map<String, String> claims) {
        JwtClaims jwt = new JwtClaims();
        jwt.setIssuer(settings.issuer());
        jwt.setAudience(settings.audience());
        jwt.setSubject(subject);
        jwt.setStringListClaim("groups", List.of(role));
        jwt.setIssuedAtToNow();
        jwt.setExpirationTimeMinutesInTheFuture(settings.lifetime().toSeconds() / 60f);
        jwt.setJwtId(UUID.randomUUID().toString());
        claims.forEach(jwt::setClaim);
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(jwt.toJson());
        jws.setKey(key.jwk().getPrivateKey());
        jws.setKeyIdHeaderValue(key.jwk().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new IssuedToken(jws.getCompactSerialization(), "Bearer", settings.lifetime().toSeconds());
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign token", e);
        }
    }

    /** The claims of a valid token of this gateway; empty for anything else. */
    public Optional<JwtClaims> verify(String token) {
        try {
            return Optional.of(consumer.processToClaims(token));
        } catch (InvalidJwtException e) {
            return Optional.empty();
        }
    }
}
