package org.jjjpark.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Grafana dashboard docker-compose.yml's observability profile provisions
 * ({@code deploy/compose/observability/platform-dashboard.json}), read for the series its panels query.
 */
public final class PlatformDashboard {

    public static final String FILE = "deploy/compose/observability/platform-dashboard.json";

    /** A metric name followed by its label selector: every query on the dashboard names its series that way. */
    private static final Pattern SELECTED_METRIC = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{");

    private final JsonNode dashboard;

    public PlatformDashboard(Path repoRoot) {
        try {
            dashboard = new ObjectMapper().readTree(repoRoot.resolve(FILE).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
    }

    /** The panels' titles, in order. */
    public Set<String> panelTitles() {
        Set<String> titles = new TreeSet<>();
        dashboard.path("panels").forEach(panel -> titles.add(panel.path("title").asText()));
        return titles;
    }

    /** The PromQL expressions of every panel. */
    public Set<String> queries() {
        Set<String> queries = new TreeSet<>();
        dashboard.path("panels").forEach(panel ->
                panel.path("targets").forEach(target -> queries.add(target.path("expr").asText())));
        return queries;
    }

    /** The Prometheus metric names the queries select, e.g. {@code eventing_outbox_backlog}. */
    public Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (String query : queries()) {
            Matcher metric = SELECTED_METRIC.matcher(query);
            while (metric.find()) {
                names.add(metric.group(1));
            }
        }
        return names;
    }
}
