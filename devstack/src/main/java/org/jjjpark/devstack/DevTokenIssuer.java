package org.jjjpark.devstack;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The devstack's token signing key, made on first start and kept in {@code .devstack/jwt/}. The gateway signs
 * with it (so its tokens survive restarts of the stack) and the services trust it directly, which spares them
 * waiting for the gateway's JWKS; the launcher uses it to sign the operator token that loads the demo data.
 */
final class DevTokenIssuer {

    private static final String ISSUER = "https://devstack.jjjpark.local";
    /** The audience every service verifies ({@code mp.jwt.verify.audiences}). */
    private static final String AUDIENCE = "jjjpark-api";
    private static final String OPERATOR_ROLE = "operator";
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final PrivateKey privateKey;
    private final Path privateKeyFile;
    private final Path publicKeyFile;

    private DevTokenIssuer(PrivateKey privateKey, Path privateKeyFile, Path publicKeyFile) {
        this.privateKey = privateKey;
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
    }

    static DevTokenIssuer loadOrCreate(Path dir) {
        Path privateFile = dir.resolve("private-key.pem");
        Path publicFile = dir.resolve("public-key.pem");
        try {
            if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                Files.createDirectories(dir);
                writeOwnerOnly(privateFile, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicFile, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            String base64 = Files.readString(privateFile, StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            PrivateKey key = KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            return new DevTokenIssuer(key, privateFile, publicFile);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the devstack's token key in " + dir, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new DevStackFailure("the token key in " + dir + " is unreadable; delete the directory (or start with"
                    + " --fresh) and a new one is made");
        }
    }

    /** Settings that make a service verify tokens from this issuer (SmallRye JWT, via environment variables). */
    Map<String, String> serviceEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKeyFile.toAbsolutePath(),
                "MP_JWT_VERIFY_ISSUER", ISSUER);
    }

    /** Settings that make the gateway issue tokens with this key and issuer. */
    Map<String, String> gatewayEnvironment() {
        return Map.of(
                "GATEWAY_JWT_KEY_LOCATION", privateKeyFile.toAbsolutePath().toString(),
                "GATEWAY_JWT_ISSUER", ISSUER);
    }

    /**
     * A park operator's token (the role that may write partners and programs), also saved to {@code file} for
     * curl and Swagger UI.
     */
    String saveOperatorToken(Path file, Duration lifetime) {
        String token = operatorToken(lifetime);
        try {
            writeOwnerOnly(file, token);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return token;
    }

    String operatorToken(Duration lifetime) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject("devstack-operator");
        claims.setStringListClaim("groups", List.of(OPERATOR_ROLE));
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(lifetime.toMinutes());
        claims.setJwtId(UUID.randomUUID().toString());
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(privateKey);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("cannot sign a devstack token", e);
        }
    }

    /** Created readable by the owner only, from the start: these are credentials, even if local ones. */
    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, OWNER_ONLY);
        Files.writeString(file, content, StandardCharsets.US_ASCII);
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
