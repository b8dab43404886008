package org.jjjpark.gateway.identity;

import org.jjjpark.http.security.Roles;

/** The roles a system client can hold; applicants are people and sign in instead. */
public enum ClientRole {
    COMMISSION(Roles.COMMISSION),
    PARTNER(Roles.PARTNER),
    OPERATOR(Roles.OPERATOR);

    private final String tokenRole;

    ClientRole(String tokenRole) {
        this.tokenRole = tokenRole;
    }

    /** The value in the token's {@code groups} claim. */
    public String tokenRole() {
        return tokenRole;
    }

    public static ClientRole ofTokenRole(String role) {
        for (ClientRole r : values()) {
            if (r.tokenRole.equals(role)) {
                return r;
            }
        }
        throw new IllegalArgumentException("not a client role: " + role);
    }
}
