package org.jjjpark.admission.input;

/** A snapshot that cannot be a round's input: an unknown unit, a duplicate id, a malformed score, ... */
public class InvalidInputException extends IllegalArgumentException {

    public InvalidInputException(String message) {
        super(message);
    }
}
