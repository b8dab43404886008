package org.jjjpark.admission.input;

import java.util.Objects;

/**
 * A major inside a file-drop unit, with its seats {@code q_m}. A "major + institution" unit (Hebei style) has
 * exactly one.
 *
 * @param code         unique within its unit; the unit's majors are offered for adjustment in the order of
 *                     their codes (d.2, "canonical major-code order")
 */
public record Major(String code, int quota, Requirements requirements) {

    public Major {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(requirements, "requirements");
        if (quota < 0) {
            throw new InvalidInputException("major " + code + " has a negative quota");
        }
    }

    public Major(String code, int quota) {
        this(code, quota, Requirements.NONE);
    }
}
