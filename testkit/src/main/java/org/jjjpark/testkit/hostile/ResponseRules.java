package org.jjjpark.testkit.hostile;

import java.util.ArrayList;
import java.util.List;

/**
 * What every response to hostile input must respect (ARCHITECTURE §5): no server error, nothing in the body that
 * shows how the service is built, and every client error as {@code application/problem+json}.
 */
public final class ResponseRules {

    /** Traces of stack traces, Java class and package names, and SQL or PostgreSQL error text. */
    static final List<String> LEAK_MARKERS = List.of("Exception", "\tat ", "at io.", "at java.", "at org.",
            "org.hibernate", "java.", "javax.", "jakarta.", "org.jjjpark", "io.quarkus", "io.vertx",
            "io.smallrye", "com.fasterxml", "org.postgresql", "SELECT ", "INSERT ", "UPDATE ", "DELETE FROM",
            "ERROR:  ", "SQLState", "PSQLException", "could not execute statement");

    private ResponseRules() {
    }

    /** Each rule the response breaks, named; empty when it keeps them all. */
    public static List<String> broken(int status, String contentType, String body) {
        List<String> broken = new ArrayList<>();
        if (status >= 500) {
            broken.add("server error " + status);
        }
        for (String marker : LEAK_MARKERS) {
            if (body.contains(marker)) {
                broken.add("body shows '" + marker.replace("\t", "\\t") + "'");
            }
        }
        if (status >= 400 && status < 500
                && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            broken.add(status + " is not application/problem+json but " + contentType);
        }
        return broken;
    }
}
