package org.jjjpark.events;

/** A message that can never be processed as it is: broken JSON, a bad envelope, an unknown type or a schema violation. */
public class InvalidEventException extends RuntimeException {

    public InvalidEventException(String message) {
        super(message);
    }

    public InvalidEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
