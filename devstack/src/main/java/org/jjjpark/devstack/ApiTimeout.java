package org.jjjpark.devstack;

/** A platform call that got no answer in time; the caller may send it again when it is idempotent. */
final class ApiTimeout extends DevStackFailure {

    ApiTimeout(String what) {
        super(what + " got no answer in time");
    }
}
