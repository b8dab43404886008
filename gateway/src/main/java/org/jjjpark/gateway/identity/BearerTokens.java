package org.jjjpark.gateway.identity;

/** Extracts the token of an {@code Authorization: Bearer <token>} header. */
public final class BearerTokens {

    private BearerTokens() {
    }

    /** The token, or {@code null} when the header is absent or not a bearer credential. */
    public static String from(String authorization) {
        if (authorization == null || authorization.length() <= 7
                || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return null;
        }
        String token = authorization.substring(7).strip();
        return token.isEmpty() ? null : token;
    }
}
