package org.jjjpark.testkit.platform;

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
import java.util.Base64;
import java.util.Map;
import java.util.Set;

/**
 * The RSA key the gateway signs its tokens with, kept as two PEM files: the private half (PKCS#8) for the
 * gateway, the public half for the services. Services that read the public key from a file trust the gateway
 * without fetching its JWKS, so they can start before it.
 */
public final class GatewaySigningKey {

    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY =
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final PrivateKey privateKey;
    private final Path privateKeyFile;
    private final Path publicKeyFile;
    private final String issuer;

    private GatewaySigningKey(PrivateKey privateKey, Path privateKeyFile, Path publicKeyFile, String issuer) {
        this.privateKey = privateKey;
        this.privateKeyFile = privateKeyFile;
        this.publicKeyFile = publicKeyFile;
        this.issuer = issuer;
    }

    /**
     * The key in {@code dir} ({@code private-key.pem}, {@code public-key.pem}), made there first if it is not
     * there yet; tokens name {@code issuer}.
     *
     * @throws IllegalStateException if the files exist but hold no readable key
     */
    public static GatewaySigningKey loadOrCreate(Path dir, String issuer) {
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
            return new GatewaySigningKey(key, privateFile, publicFile, issuer);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token signing key in " + dir, e);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("the token signing key in " + dir + " is unreadable", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    /** Settings that make a service verify tokens signed with this key (SmallRye JWT, as environment variables). */
    public Map<String, String> serviceEnvironment() {
        return Map.of(
                "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + publicKeyFile.toAbsolutePath(),
                "MP_JWT_VERIFY_ISSUER", issuer);
    }

    /** Settings that make the gateway issue its tokens with this key and issuer. */
    public Map<String, String> gatewayEnvironment() {
        return Map.of(
                "GATEWAY_JWT_KEY_LOCATION", privateKeyFile.toAbsolutePath().toString(),
                "GATEWAY_JWT_ISSUER", issuer);
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
