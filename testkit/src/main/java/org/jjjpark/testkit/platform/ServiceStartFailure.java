package org.jjjpark.testkit.platform;

/** A service that exited or stayed unready while starting; the message ends with the last lines of its log. */
public class ServiceStartFailure extends RuntimeException {

    public ServiceStartFailure(String message) {
        super(message);
    }
}
