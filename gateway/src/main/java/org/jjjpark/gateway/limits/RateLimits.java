package org.jjjpark.gateway.limits;

import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.gateway.GatewayConfig;
import org.jjjpark.http.problem.ProblemWriter;

import java.util.Set;

/**
 * Per-client token buckets in front of everything, and a stricter per-address bucket in front of the
 * endpoints that check secrets, against password and secret guessing. Answers 429 with {@code Retry-After}
 * and announces the budget in {@code RateLimit-*} headers (IETF draft "RateLimit header fields for HTTP").
 */
@ApplicationScoped
public class RateLimits {

    private static final Set<String> SECRET_CHECKING_PATHS =
            Set.of("/oauth2/token", "/api/v1/auth/signin", "/api/v1/auth/signup");

    private final ClientKeys clientKeys;
    private final RateLimiter perClient;
    private final RateLimiter perAddressOnAuth;

    @Inject
    public RateLimits(ClientKeys clientKeys, GatewayConfig config) {
        this.clientKeys = clientKeys;
        GatewayConfig.RateLimit limits = config.rateLimit();
        this.perClient = new RateLimiter(limits.burst(), limits.requestsPerMinute(), System::nanoTime);
        this.perAddressOnAuth = new RateLimiter(limits.authAttemptsPerMinute(), limits.authAttemptsPerMinute(),
                System::nanoTime);
    }

    public void handle(RoutingContext ctx) {
        if (SECRET_CHECKING_PATHS.contains(ctx.request().path())
                && !admit(ctx, perAddressOnAuth, "auth:" + ClientKeys.addressOf(ctx))) {
            return;
        }
        if (admit(ctx, perClient, clientKeys.of(ctx))) {
            ctx.next();
        }
    }

    private static boolean admit(RoutingContext ctx, RateLimiter limiter, String key) {
        TokenBucket.Decision decision = limiter.take(key);
        ctx.response().putHeader("RateLimit-Limit", Integer.toString(limiter.capacity()))
                .putHeader("RateLimit-Remaining", Integer.toString(decision.remaining()))
                .putHeader("RateLimit-Reset", Long.toString(decision.resetSeconds()));
        if (!decision.allowed()) {
            ctx.response().putHeader("Retry-After", Long.toString(Math.max(1, decision.resetSeconds())));
            ProblemWriter.send(ctx, 429, "RATE_LIMITED", "Too many requests",
                    "the request budget is used up; retry after " + Math.max(1, decision.resetSeconds()) + " s");
        }
        return decision.allowed();
    }

    @Scheduled(every = "60s", identity = "rate-limit-eviction")
    void evictIdleClients() {
        perClient.evictIdle();
        perAddressOnAuth.evictIdle();
    }
}
