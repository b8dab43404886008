package org.jjjpark.faults;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The JSON summary of one scenario run, written to {@code target/faults/<scenario>.json} for trend tracking:
 * its parameters, the invariant figures, and per phase the HTTP status histogram and latency percentiles.
 */
final class ScenarioReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final String scenario;
    private final Map<String, Object> content = new LinkedHashMap<>();

    ScenarioReport(String scenario, String size) {
        this.scenario = scenario;
        content.put("scenario", scenario);
        content.put("size", size);
        content.put("finishedAt", null);
    }

    ScenarioReport put(String name, Object value) {
        content.put(name, value);
        return this;
    }

    ScenarioReport putAll(Map<String, Object> figures) {
        content.putAll(figures);
        return this;
    }

    /** Status histogram and latency percentiles of every request, by phase (before, during, after the fault). */
    ScenarioReport phases(List<Request> history) {
        Map<String, Object> phases = new LinkedHashMap<>();
        for (String phase : List.of(Phases.BEFORE, Phases.DURING, Phases.AFTER)) {
            List<Request> in = history.stream().filter(r -> r.phase().equals(phase)).toList();
            if (in.isEmpty()) {
                continue;
            }
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("requests", in.size());
            p.put("statuses", in.stream().collect(Collectors.groupingBy(r -> Integer.toString(r.status()),
                    TreeMap::new, Collectors.counting())));
            long[] micros = in.stream().mapToLong(Request::latencyMicros).sorted().toArray();
            p.put("p50Millis", percentile(micros, 0.50));
            p.put("p99Millis", percentile(micros, 0.99));
            p.put("p999Millis", percentile(micros, 0.999));
            phases.put(phase, p);
        }
        content.put("phases", phases);
        return this;
    }

    static double percentile(long[] sortedMicros, double q) {
        if (sortedMicros.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(q * sortedMicros.length) - 1;
        return sortedMicros[Math.max(0, Math.min(index, sortedMicros.length - 1))] / 1000.0;
    }

    /** Writes the summary and prints it, so that the build log carries the figures too. */
    void write() {
        content.put("finishedAt", Instant.now().toString());
        Path dir = Path.of(System.getProperty("faults.target", "target")).resolve("faults");
        try {
            Files.createDirectories(dir);
            String text = JSON.writeValueAsString(content);
            Files.writeString(dir.resolve(scenario + ".json"), text);
            System.out.println("[fault-suite] " + scenario + ": " + text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report of " + scenario, e);
        }
    }
}
