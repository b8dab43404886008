package org.jjjpark.gateway.identity;

import io.quarkus.elytron.security.common.BcryptUtil;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.gateway.GatewayConfig;

import java.security.SecureRandom;
import java.util.Base64;

/** Generates client secrets and hashes and checks secrets and passwords (bcrypt). */
@ApplicationScoped
public class Secrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final int cost;
    /** Compared against when no account exists, so that a miss takes as long as a wrong password. */
    private final String decoy;

    @Inject
    public Secrets(GatewayConfig config) {
        this.cost = config.identity().bcryptCost();
        this.decoy = hash(newSecret());
    }

    public String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String randomSuffix() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return java.util.HexFormat.of().formatHex(bytes);
    }

    public String hash(String secret) {
        return BcryptUtil.bcryptHash(secret, cost);
    }

    public boolean matches(String secret, String hash) {
        return BcryptUtil.matches(secret, hash);
    }

    /** Spends the time of one comparison without a stored hash to compare with. */
    public void compareWithDecoy(String secret) {
        BcryptUtil.matches(secret, decoy);
    }
}
