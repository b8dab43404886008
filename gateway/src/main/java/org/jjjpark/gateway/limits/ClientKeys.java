package org.jjjpark.gateway.limits;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jjjpark.gateway.identity.BearerTokens;
import org.jjjpark.gateway.identity.TokenService;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who a request counts against: the subject of a valid token, else the client's address. Verified tokens are
 * remembered until they expire, so the gateway does not repeat an RSA verification on every request.
 */
@ApplicationScoped
public class ClientKeys {

    private static final int REMEMBERED_TOKENS = 10_000;

    private final TokenService tokens;
    private final Map<String, Subject> verified = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Subject> eldest) {
            return size() > REMEMBERED_TOKENS;
        }
    };

    @Inject
    public ClientKeys(TokenService tokens) {
        this.tokens = tokens;
    }

    public String of(RoutingContext ctx) {
        String token = BearerTokens.from(ctx.request().getHeader("Authorization"));
        if (token != null) {
            String subject = subjectOf(token);
            if (subject != null) {
                return "sub:" + subject;
            }
        }
        return "addr:" + addressOf(ctx);
    }

    public static String addressOf(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "unknown" : ctx.request().remoteAddress().hostAddress();
    }

    private String subjectOf(String token) {
        long now = System.currentTimeMillis();
        synchronized (verified) {
            Subject known = verified.get(token);
            if (known != null && known.expiresAtMillis() > now) {
                return known.name();
            }
        }
        return tokens.verify(token).map(claims -> remember(token, claims)).orElse(null);
    }

    private String remember(String token, JwtClaims claims) {
        try {
            Subject subject = new Subject(claims.getSubject(), claims.getExpirationTime().getValueInMillis());
            synchronized (verified) {
                verified.put(token, subject);
            }
            return subject.name();
        } catch (MalformedClaimException e) {
            return null;
        }
    }

    private record Subject(String name, long expiresAtMillis) {
    }
}
