package org.jjjpark.testkit.platform;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

class GatewaySigningKeyTest {

    private static final String ISSUER = "https://gateway.example";

    @TempDir
    Path dir;

    @Test
    void theGatewaySignsWithThePrivateKeyAndTheServicesTrustThePublicOneOnly() {
        GatewaySigningKey key = GatewaySigningKey.loadOrCreate(dir, ISSUER);

        assertThat(key.gatewayEnvironment())
                .containsEntry("GATEWAY_JWT_KEY_LOCATION", dir.resolve("private-key.pem").toAbsolutePath().toString())
                .containsEntry("GATEWAY_JWT_ISSUER", ISSUER);
        assertThat(key.serviceEnvironment())
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + dir.resolve("public-key.pem").toAbsolutePath())
                .containsEntry("MP_JWT_VERIFY_ISSUER", ISSUER)
                .allSatisfy((name, value) -> assertThat(value).doesNotContain("private-key"));
    }

    @Test
    void thePrivateKeyIsAPkcs8PemOnlyItsOwnerCanRead() throws Exception {
        GatewaySigningKey key = GatewaySigningKey.loadOrCreate(dir, ISSUER);

        assertThat(Files.readString(dir.resolve("private-key.pem"))).startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("private-key.pem"))))
                .isEqualTo("rw-------");
        assertThat(key.privateKey().getFormat()).isEqualTo("PKCS#8");
    }

    @Test
    void aKeyFoundInTheDirectoryIsKeptSoIssuedTokensStayValid() {
        GatewaySigningKey first = GatewaySigningKey.loadOrCreate(dir, ISSUER);

        assertThat(GatewaySigningKey.loadOrCreate(dir, ISSUER).privateKey()).isEqualTo(first.privateKey());
    }
}
