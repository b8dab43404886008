package org.jjjpark.http.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Optional;
import java.util.UUID;

/**
 * Who is calling, for ownership checks that roles alone cannot express ("a partner sees its own agreements").
 * Role checks themselves belong in {@code @RolesAllowed} on the resource method.
 */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;

    @Inject
    public Caller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    /** The token's subject: the candidate id of an applicant, the client id of a system. */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The partner a {@code partner} client acts for. */
    public Optional<UUID> partnerId() {
        return claim(Roles.PARTNER_ID_CLAIM).map(UUID::fromString);
    }

    /** The province a {@code commission} client acts for, e.g. {@code 130000}. */
    public Optional<String> province() {
        return claim(Roles.PROVINCE_CLAIM);
    }

    private Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            Object value = token.getClaim(name);
            return Optional.ofNullable(value).map(v -> v.toString().replace("\"", ""));
        }
        return Optional.empty();
    }
}
