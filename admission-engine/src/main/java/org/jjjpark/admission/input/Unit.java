package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A file-drop unit (投档单位, DOMAIN.md d.0): an institution's major group, or a single "major + institution". Its
 * plan quota is the sum of its majors' quotas.
 *
 * @param dropRatio    {@code r_u ≥ 1}: the unit receives up to {@code q_u · r_u} files, rounded as the round says
 * @param requirements what every major of the unit asks (a group's subject requirement)
 */
public record Unit(String id, BigDecimal dropRatio, Requirements requirements, List<Major> majors) {

    public Unit {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requirements, "requirements");
        dropRatio = Points.normal(Objects.requireNonNull(dropRatio, "dropRatio"));
        majors = List.copyOf(majors);
        if (dropRatio.compareTo(BigDecimal.ONE) < 0) {
            throw new InvalidInputException("unit " + id + " has a drop ratio below 1");
        }
        if (majors.isEmpty()) {
            throw new InvalidInputException("unit " + id + " has no major");
        }
    }

    /** A "major + institution" unit: one major, coded like the unit, holding every seat. */
    public static Unit single(String id, int quota, BigDecimal dropRatio, Requirements requirements) {
        return new Unit(id, dropRatio, requirements, List.of(new Major(id, quota)));
    }

    /** {@code q_u}, the plan quota. */
    public int quota() {
        return majors.stream().mapToInt(Major::quota).sum();
    }
}
