package org.jjjpark.testkit.hostile;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Collectors;

/**
 * The outcome of a hostile-input run: how many requests, their statuses, and every response that broke a rule.
 *
 * @param target    what was attacked, e.g. {@code partner-service}
 * @param sent      hostile requests sent (the probes that find each operation's credentials are not counted)
 * @param statuses  how many responses had each status
 * @param statusesByHostility the statuses of the requests of each hostility
 */
public record HostileInputReport(String target, long seed, long sent, SortedMap<Integer, Long> statuses,
                                 Map<Hostility, SortedMap<Integer, Long>> statusesByHostility,
                                 List<HostileFailure> failures,
                                 Duration duration) {

    private static final int SHOWN_PER_KIND = 2;

    /** One line for logs and docs/reliability.md. */
    public String summary() {
        return String.format("[hostile-input] %s: %d requests (seed %d) in %.1f s, statuses %s, %d failures",
                target, sent, seed, duration.toMillis() / 1000d, statuses, failures.size());
    }

    /** One line per hostility with the statuses its requests got, for logs and docs/reliability.md. */
    public String statusesByHostilityTable() {
        return statusesByHostility.entrySet().stream()
                .map(e -> String.format("  %-24s %s", e.getKey(), e.getValue()))
                .collect(Collectors.joining("\n", "[hostile-input] " + target + " statuses by hostility:\n", ""));
    }

    /** Fails with every kind of failure and a couple of requests of each to replay, if there are any. */
    public void assertNoFailures() {
        if (failures.isEmpty()) {
            return;
        }
        Map<String, List<HostileFailure>> byKind = failures.stream()
                .collect(Collectors.groupingBy(HostileFailure::kind, LinkedHashMap::new, Collectors.toList()));
        StringBuilder message = new StringBuilder(summary()).append("\n");
        byKind.forEach((kind, list) -> {
            message.append("\n").append(list.size()).append(" x ").append(kind).append("\n");
            list.stream().limit(SHOWN_PER_KIND).forEach(f -> message.append("  ").append(f).append("\n"));
        });
        throw new AssertionError(message.toString());
    }
}
