package org.jjjpark.devstack;

/** A failure whose message tells the user what went wrong and what to do; printed without a stack trace. */
public class DevStackFailure extends RuntimeException {

    public DevStackFailure(String message) {
        super(message);
    }
}
