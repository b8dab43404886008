package org.jjjpark.gateway.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import org.jjjpark.gateway.GatewayConfig;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/** The RSA key the gateway signs tokens with; its public half is published as a JWKS for the services. */
@ApplicationScoped
public class SigningKey {

    private static final Logger LOG = Logger.getLogger(SigningKey.class);

    private final RsaJsonWebKey jwk;

    @Inject
    public SigningKey(GatewayConfig config) {
        this.jwk = config.jwt().keyLocation().map(SigningKey::load).orElseGet(SigningKey::generate);
        jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setUse("sig");
        jwk.setAlgorithm("RS256");
    }

    public RsaJsonWebKey jwk() {
        return jwk;
    }

    /** The JWKS document: public parameters only. */
    public String jwksJson() {
        return new JsonWebKeySet(jwk).toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    private static RsaJsonWebKey load(String location) {
        try {
            String pem = Files.readString(Path.of(location), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
            RsaJsonWebKey jwk = new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) rsa.generatePublic(
                    new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent())));
            jwk.setPrivateKey(key);
            return jwk;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the token signing key at " + location, e);
        } catch (GeneralSecurityException | ClassCastException | IllegalArgumentException e) {
            throw new IllegalStateException("the token signing key at " + location + " is not a PKCS#8 RSA key", e);
        }
    }

    private static RsaJsonWebKey generate() {
        LOG.warn("No gateway.jwt.key-location: signing tokens with a key generated for this process only. "
                + "Tokens die with it and several gateway instances would not trust each other's tokens.");
        try {
            return RsaJwkGenerator.generateJwk(2048);
        } catch (JoseException e) {
            throw new IllegalStateException(e);
        }
    }
}
