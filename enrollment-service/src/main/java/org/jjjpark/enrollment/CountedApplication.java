package org.jjjpark.enrollment;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the statistics count of an application in one state: its scope, the day it was submitted, its status and
 * the plan lines it lists. A write compares the states before and after it to adjust the counters.
 */
public record CountedApplication(AdmissionScope scope, LocalDate submittedOn, ApplicationStatus status,
                                 List<Choice> choices) {

    public CountedApplication {
        choices = List.copyOf(choices);
    }

    /** @param zone the calendar whose days the statistics count: the park's */
    public static CountedApplication of(Application application, ZoneId zone) {
        return new CountedApplication(application.scope(), application.createdAt.atZoneSameInstant(zone).toLocalDate(),
                application.status, application.choices);
    }

    /** The changes that count a new application: one per plan line it lists. */
    public List<TallyChange> additions() {
        return sorted(contributions(1));
    }

    /**
     * The changes that take the counters from this state to {@code next}, without those that cancel out (a line
     * kept in the list of an application whose status did not change).
     */
    public List<TallyChange> changesTo(CountedApplication next) {
        Map<Key, int[]> net = contributions(-1);
        next.contributions(1).forEach((key, counts) -> net.merge(key, counts,
                (a, b) -> new int[]{a[0] + b[0], a[1] + b[1]}));
        net.values().removeIf(counts -> counts[0] == 0 && counts[1] == 0);
        return sorted(net);
    }

    /** Per counter row, {@code sign} times what this state counts there: listing, first choice. */
    private Map<Key, int[]> contributions(int sign) {
        Map<Key, int[]> counts = new HashMap<>();
        for (int c = 0; c < choices.size(); c++) {
            List<UUID> majors = choices.get(c).majors();
            for (int m = 0; m < majors.size(); m++) {
                boolean rankedFirst = c == 0 && m == 0;
                counts.put(new Key(scope, majors.get(m), status, submittedOn),
                        new int[]{sign, rankedFirst ? sign : 0});
            }
        }
        return counts;
    }

    private static List<TallyChange> sorted(Map<Key, int[]> counts) {
        List<TallyChange> changes = new ArrayList<>(counts.size());
        counts.forEach((key, c) -> changes.add(new TallyChange(key.scope(), key.planLineId(), key.status(),
                key.submittedOn(), c[0], c[1])));
        changes.sort(TallyChange.LOCK_ORDER);
        return changes;
    }

    /** One counter row. */
    private record Key(AdmissionScope scope, UUID planLineId, ApplicationStatus status, LocalDate submittedOn) {
    }
}
