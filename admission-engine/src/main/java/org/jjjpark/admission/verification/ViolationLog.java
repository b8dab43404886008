package org.jjjpark.admission.verification;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Collects violations, keeping the first {@value #KEPT_PER_INVARIANT} of each invariant and counting the rest: a
 * systematic fault over a million applicants must not become a million records.
 */
final class ViolationLog {

    static final int KEPT_PER_INVARIANT = 100;

    private final List<InvariantViolation> kept = new ArrayList<>();
    private final Map<Invariant, Integer> counts = new EnumMap<>(Invariant.class);

    void add(Invariant invariant, String applicantId, String unitId, String detail) {
        int count = counts.merge(invariant, 1, Integer::sum);
        if (count <= KEPT_PER_INVARIANT) {
            kept.add(new InvariantViolation(invariant, applicantId, unitId, detail));
        }
    }

    /** The violations kept, then one line per invariant that had more. */
    List<InvariantViolation> violations() {
        List<InvariantViolation> all = new ArrayList<>(kept);
        counts.forEach((invariant, count) -> {
            if (count > KEPT_PER_INVARIANT) {
                all.add(new InvariantViolation(invariant, null, null,
                        "and " + (count - KEPT_PER_INVARIANT) + " more violations of this invariant"));
            }
        });
        return all;
    }
}
