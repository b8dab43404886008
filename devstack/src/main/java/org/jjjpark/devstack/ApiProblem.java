package org.jjjpark.devstack;

/** An answer other than 2xx from the platform, with the stable problem code when its body carries one. */
final class ApiProblem extends DevStackFailure {

    private final int status;
    private final String code;

    /** @param code the problem's {@code code}, or {@code null} when the body is no problem document */
    ApiProblem(String what, int status, String body, String code) {
        super(what + " answered " + status + ": " + body);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    String code() {
        return code;
    }
}
