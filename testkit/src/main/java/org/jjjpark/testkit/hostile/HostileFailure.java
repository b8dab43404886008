package org.jjjpark.testkit.hostile;

import java.util.List;

/** A response that broke {@link ResponseRules}, with the request that got it. */
public record HostileFailure(HostileRequest request, int status, String contentType, String body,
                             List<String> brokenRules) {

    /** Groups failures that are most likely one bug: the same operation, hostility and rules broken. */
    String kind() {
        return request.operation() + " / " + request.hostility() + " -> " + brokenRules;
    }

    @Override
    public String toString() {
        return brokenRules + "\n    request:  " + request.describe() + "\n    response: " + status + " "
                + contentType + " " + HostileRequest.excerpt(body);
    }
}
