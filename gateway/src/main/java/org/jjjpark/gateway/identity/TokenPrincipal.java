package org.jjjpark.gateway.identity;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

import java.util.Set;

/** The caller of a gateway endpoint, as the claims of its verified token. */
final class TokenPrincipal implements JsonWebToken {

    private final JwtClaims claims;

    TokenPrincipal(JwtClaims claims) {
        this.claims = claims;
    }

    @Override
    public String getName() {
        try {
            return claims.getSubject();
        } catch (MalformedClaimException e) {
            return null;
        }
    }

    @Override
    public Set<String> getClaimNames() {
        return Set.copyOf(claims.getClaimNames());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        return (T) claims.getClaimValue(name);
    }
}
