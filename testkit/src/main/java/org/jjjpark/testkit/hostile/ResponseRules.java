package org.jjjpark.testkit.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * What every response to hostile input must respect (ARCHITECTURE §5): no server error, nothing in the body that
 * shows how the service is built, and every client error as {@code application/problem+json}, except at the
 * OAuth 2.0 token endpoint, whose clients expect the error format of RFC 6749 §5.2.
 */
public final class ResponseRules {

    /** Traces of stack traces, Java class and package names, and SQL or PostgreSQL error text. */
    static final List<String> LEAK_MARKERS = List.of("Exception", "\tat ", "at io.", "at java.", "at org.",
            "org.hibernate", "java.", "javax.", "jakarta.", "org.jjjpark", "io.quarkus", "io.vertx",
            "io.smallrye", "com.fasterxml", "org.postgresql", "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM",
            "ERROR:  ", "SQLState", "PSQLException", "could not execute statement");

    /** Where the gateway issues client-credentials tokens. */
    static final String TOKEN_ENDPOINT = "/oauth2/token";

    private ResponseRules() {
    }

    /** As {@link #broken(int, String, String)}, for a response to a request for {@code target} (path and query). */
    public static List<String> broken(String target, int status, String contentType, String body) {
        if (target.split("\\?", 2)[0].equals(TOKEN_ENDPOINT) && (status == 400 || status == 401)) {
            return brokenAtTokenEndpoint(status, contentType, body);
        }
        return broken(status, contentType, body);
    }

    /** Each rule the response breaks, named; empty when it keeps them all. */
    public static List<String> broken(int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        if (status >= 500) {
            broken.add("server error " + status);
        }
        broken.addAll(leaks(body));
        if (status >= 400 && status < 500
                && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            broken.add(status + " is not application/problem+json but " + contentType);
        }
        return broken;
    }

    /** RFC 6749 §5.2: a JSON object with an {@code error} code, still without any leak. */
    private static List<String> brokenAtTokenEndpoint(int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        broken.addAll(leaks(body));
        if (contentType == null || !contentType.startsWith("application/json") || !body.contains("\"error\"")) {
            broken.add(status + " at the token endpoint is not an RFC 6749 error but " + contentType);
        }
        return broken;
    }

    private static List<String> leaks(String body) {
        return LEAK_MARKERS.stream().filter(body::contains)
                .map(marker -> "body shows '" + marker.replace("\t", "\\t") + "'").toList();
    }
}
