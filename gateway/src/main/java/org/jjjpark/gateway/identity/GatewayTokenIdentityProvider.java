package org.jjjpark.gateway.identity;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;

/** Turns a token this gateway issued into a security identity with the token's roles. */
@ApplicationScoped
public class GatewayTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {

    private final TokenService tokens;

    @Inject
    public GatewayTokenIdentityProvider(TokenService tokens) {
        this.tokens = tokens;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return tokens.verify(request.getToken().getToken())
                .map(GatewayTokenIdentityProvider::identity)
                .map(identity -> Uni.createFrom().item(identity))
                .orElseGet(() -> Uni.createFrom().failure(new AuthenticationFailedException()));
    }

    private static SecurityIdentity identity(JwtClaims claims) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(new TokenPrincipal(claims));
        try {
            if (claims.hasClaim("groups")) {
                builder.addRoles(new java.util.HashSet<>(claims.getStringListClaimValue("groups")));
            }
        } catch (MalformedClaimException e) {
            throw new AuthenticationFailedException(e);
        }
        return builder.build();
    }
}
