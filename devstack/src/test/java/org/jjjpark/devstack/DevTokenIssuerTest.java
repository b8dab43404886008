package org.jjjpark.devstack;

import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;

class DevTokenIssuerTest {

    @TempDir
    Path dir;

    @Test
    void anOperatorTokenCarriesWhatTheServicesVerify() throws Exception {
        String token = DevTokenIssuer.loadOrCreate(dir).operatorToken(Duration.ofHours(12));

        JwtClaims claims = verify(token, publicKey());

        assertThat(claims.getIssuer()).isEqualTo("https://devstack.jjjpark.local");
        assertThat(claims.getAudience()).containsExactly("jjjpark-api");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("operator");
        assertThat(claims.getExpirationTime().getValue() - claims.getIssuedAt().getValue()).isEqualTo(12 * 3600);
    }

    @Test
    void theKeySurvivesARestartSoSavedTokensStayValid() throws Exception {
        DevTokenIssuer.loadOrCreate(dir);
        PublicKey firstKey = publicKey();

        String tokenAfterRestart = DevTokenIssuer.loadOrCreate(dir).operatorToken(Duration.ofMinutes(5));

        assertThat(verify(tokenAfterRestart, firstKey).getSubject()).isEqualTo("devstack-operator");
    }

    @Test
    void onlyTheOwnerCanReadThePrivateKeyAndTheSavedToken() throws Exception {
        DevTokenIssuer issuer = DevTokenIssuer.loadOrCreate(dir);
        String token = issuer.saveOperatorToken(dir.resolve("operator.token"), Duration.ofHours(1));

        assertThat(Files.readString(dir.resolve("operator.token"))).isEqualTo(token);
        assertThat(permissions(dir.resolve("private-key.pem"))).isEqualTo("rw-------");
        assertThat(permissions(dir.resolve("operator.token"))).isEqualTo("rw-------");
    }

    @Test
    void servicesAreToldToTrustThePublicKeyFileAndTheDevstackIssuer() {
        assertThat(DevTokenIssuer.loadOrCreate(dir).signingKey().serviceEnvironment())
                .containsEntry("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "file:" + dir.resolve("public-key.pem").toAbsolutePath())
                .containsEntry("MP_JWT_VERIFY_ISSUER", "https://devstack.jjjpark.local");
    }

    private static String permissions(Path file) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private PublicKey publicKey() throws Exception {
        String base64 = Files.readString(dir.resolve("public-key.pem"))
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    private static JwtClaims verify(String token, PublicKey key) throws InvalidJwtException {
        return new JwtConsumerBuilder()
                .setVerificationKey(key)
                .setExpectedIssuer("https://devstack.jjjpark.local")
                .setExpectedAudience("jjjpark-api")
                .setRequireExpirationTime()
                .build()
                .processToClaims(token);
    }
}
