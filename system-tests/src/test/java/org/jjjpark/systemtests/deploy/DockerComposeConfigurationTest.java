package org.jjjpark.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jjjpark.testkit.platform.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started where the tests run (no container engine), so it is checked against
 * what it must agree with: the platform's services and ports, each service's configuration (every variable set
 * is one the service reads, every variable it requires is set), the gateway's routes, the databases the init
 * script creates, and the healthchecks the start order relies on; for the optional observability profile, the
 * files it mounts, Prometheus' scrape targets, the trace export that docker-compose.observability.yml adds, and
 * the dashboard's metric names.
 */
class DockerComposeConfigurationTest {

    private static final Path REPO = Path.of(System.getProperty("system-tests.repo-root", "..")).toAbsolutePath()
            .normalize();
    private static final Set<String> INFRASTRUCTURE = Set.of("kafka", "postgres");
    private static final String OBSERVABILITY = "lgtm";
    /** The property eventing's DiscardingSpanExporter watches: set, the services export their traces over OTLP. */
    private static final String OTLP_ENDPOINT = "quarkus.otel.exporter.otlp.endpoint";
    /**
     * Series the dashboard takes from Micrometer's Kafka client and HTTP server binders rather than from meters of
     * our own; WholeJourneyThroughGatewayIT finds each on the running services' /q/metrics.
     */
    private static final Set<String> LIBRARY_METRICS = Set.of("kafka_producer_record_send_total",
            "kafka_consumer_fetch_manager_records_lag_max", "http_server_requests_seconds_bucket");
    /** Read by the image's start script (run-java.sh), not by the application. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO");

    private static JsonNode compose;
    private static JsonNode observabilityOverride;

    @BeforeAll
    static void readComposeFiles() {
        compose = yaml("docker-compose.yml");
        observabilityOverride = yaml("docker-compose.observability.yml");
    }

    @Test
    void byDefaultEveryServiceOfThePlatformRunsAndNothingElseButKafkaAndPostgres() {
        Set<String> named = new HashSet<>();
        compose.path("services").fields().forEachRemaining(service -> {
            if (service.getValue().path("profiles").isMissingNode()) {
                named.add(service.getKey());
            }
        });
        named.removeAll(INFRASTRUCTURE);

        assertThat(named).containsExactlyInAnyOrderElementsOf(PlatformService.ALL.stream()
                .map(PlatformService::module).toList());
    }

    @Test
    void theObservabilityProfileAddsOnlyAPinnedGrafanaOtelLgtmWhoseMountedFilesExist() {
        Map<String, JsonNode> profiled = new TreeMap<>();
        compose.path("services").fields().forEachRemaining(service -> {
            if (!service.getValue().path("profiles").isMissingNode()) {
                profiled.put(service.getKey(), service.getValue());
            }
        });
        assertThat(profiled).containsOnlyKeys(OBSERVABILITY);
        JsonNode lgtm = profiled.get(OBSERVABILITY);

        assertThat(lgtm.path("profiles").toString()).isEqualTo("[\"observability\"]");
        assertThat(lgtm.path("image").asText()).as("a concrete tag, never latest").matches("grafana/otel-lgtm:\\d+\\.\\d+\\.\\d+");
        assertThat(lgtm.path("ports").toString()).contains("3000:3000", "9090:9090", "4317:4317");
        Map<String, String> mounts = mounts(lgtm);
        assertThat(mounts).containsEntry("/otel-lgtm/prometheus.yaml", "./deploy/compose/observability/prometheus.yaml");
        mounts.values().forEach(hostPath -> assertThat(REPO.resolve(hostPath)).as(hostPath).isRegularFile());
        // Grafana loads the dashboard from the directory the provisioning file names.
        String dashboardDirectory = yaml("deploy/compose/observability/dashboards.yaml")
                .path("providers").get(0).path("options").path("path").asText();
        assertThat(mounts).containsEntry(dashboardDirectory + "/platform-dashboard.json", "./" + PlatformDashboard.FILE);
        assertThat(lgtm.path("environment").path("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH").asText())
                .as("Grafana opens on the platform's dashboard").isEqualTo(dashboardDirectory + "/platform-dashboard.json");
        assertThat(mounts.keySet()).anyMatch(target -> target.startsWith("/otel-lgtm/grafana/conf/provisioning/dashboards/")
                && mounts.get(target).equals("./deploy/compose/observability/dashboards.yaml"));
    }

    @Test
    void prometheusInTheProfileScrapesEveryServicesMetricsByItsComposeNameAndPort() {
        JsonNode job = yaml("deploy/compose/observability/prometheus.yaml").path("scrape_configs").get(0);
        Map<String, String> serviceByTarget = new TreeMap<>();
        job.path("static_configs").forEach(config -> config.path("targets").forEach(target ->
                serviceByTarget.put(target.asText(), config.path("labels").path("service").asText())));

        assertThat(job.path("metrics_path").asText()).isEqualTo("/q/metrics");
        Map<String, String> expected = new TreeMap<>();
        PlatformService.ALL.forEach(service -> expected.put(service.module() + ":" + service.port(), service.module()));
        assertThat(serviceByTarget).isEqualTo(expected);
        for (PlatformService service : PlatformService.ALL) {
            assertThat(configuration(service).value("quarkus.micrometer.export.prometheus.path")).as(service.module())
                    .isEmpty();
        }
    }

    @Test
    void onlyTheObservabilityOverrideMakesEveryServiceExportItsTracesToTheProfilesCollector() {
        String variable = ServiceConfiguration.environmentForm(OTLP_ENDPOINT);
        Set<String> overridden = new HashSet<>();
        observabilityOverride.path("services").fields().forEachRemaining(service -> {
            overridden.add(service.getKey());
            Map<String, String> env = new TreeMap<>();
            service.getValue().path("environment").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
            assertThat(env).as(service.getKey()).isEqualTo(Map.of(variable, "http://" + OBSERVABILITY + ":4317"));
        });

        assertThat(overridden).containsExactlyInAnyOrderElementsOf(PlatformService.ALL.stream()
                .map(PlatformService::module).toList());
        for (PlatformService service : PlatformService.ALL) {
            assertThat(environment(service)).as("without the override %s exports nothing", service.module())
                    .doesNotContainKey(variable);
        }
    }

    @Test
    void theDashboardShowsEveryMeterOurCodeRegistersBesideTheKafkaAndHttpSeriesAndNoOtherName() {
        PlatformDashboard dashboard = new PlatformDashboard(REPO);
        Set<String> expected = new TreeSet<>(RegisteredMeters.prometheusNames(REPO));
        assertThat(expected).as("meters found in the code").contains("applications_submitted_total",
                "eventing_outbox_backlog", "eventing_outbox_relayed_total");
        expected.addAll(LIBRARY_METRICS);

        assertThat(dashboard.metricNames()).isEqualTo(expected);
        assertThat(dashboard.panelTitles()).contains("Applications submitted", "Outbox backlog", "Events relayed",
                "Dead-lettered events", "Consumer lag", "HTTP p99 latency");
        assertThat(dashboard.queries()).allMatch(query -> query.contains("job=\"jjjpark\""),
                "queries select the scrape job of prometheus.yaml");
    }

    @Test
    void eachServiceListensAndIsPublishedOnItsConfiguredPort() {
        for (PlatformService service : PlatformService.ALL) {
            JsonNode definition = definition(service);
            String port = Integer.toString(service.port());

            assertThat(configuration(service).value("quarkus.http.port")).as(service.module()).contains(port);
            assertThat(definition.path("environment").path("QUARKUS_HTTP_PORT").asText()).as(service.module())
                    .isEqualTo(port);
            assertThat(definition.path("ports").get(0).asText()).as(service.module()).isEqualTo(port + ":" + port);
        }
    }

    @Test
    void everyVariableSetIsOneTheServiceReads() {
        for (PlatformService service : PlatformService.ALL) {
            ServiceConfiguration configuration = configuration(service);
            environment(service).keySet().stream().filter(v -> !IMAGE_VARIABLES.contains(v)).forEach(variable ->
                    assertThat(configuration.reads(variable))
                            .as("%s sets %s, which %s does not read", "docker-compose.yml", variable, service.module())
                            .isTrue());
        }
    }

    @Test
    void everyVariableAServiceCannotStartWithoutIsSet() {
        for (PlatformService service : PlatformService.ALL) {
            assertThat(environment(service).keySet()).as(service.module())
                    .containsAll(configuration(service).requiredVariables());
        }
    }

    @Test
    void eachServiceUsesItsOwnDatabaseWhichTheInitScriptCreatesForItsOwner() throws IOException {
        String initScript = Files.readString(REPO.resolve("deploy/compose/create-databases.sql"), StandardCharsets.UTF_8);
        for (PlatformService service : PlatformService.ALL) {
            Map<String, String> env = environment(service);

            assertThat(env.get("QUARKUS_DATASOURCE_JDBC_URL"))
                    .isEqualTo("jdbc:postgresql://postgres:5432/" + service.database());
            assertThat(env.get("QUARKUS_DATASOURCE_USERNAME")).isEqualTo(service.user());
            assertThat(initScript)
                    .contains("CREATE ROLE " + service.user() + " LOGIN PASSWORD '" + env.get("QUARKUS_DATASOURCE_PASSWORD") + "';")
                    .contains("CREATE DATABASE " + service.database() + " OWNER " + service.user() + ";");
        }
    }

    @Test
    void theGatewayRoutesToEachServiceByItsComposeNameAndPort() {
        ServiceConfiguration gateway = configuration(PlatformService.GATEWAY);
        Map<String, String> env = environment(PlatformService.GATEWAY);
        for (PlatformService service : PlatformService.ALL) {
            if (service.isGateway()) {
                continue;
            }
            String routeUrl = gateway.value("gateway.routes." + service.module() + ".url").orElseThrow();
            String variable = routeUrl.substring(2, routeUrl.indexOf(':'));

            URI url = URI.create(env.get(variable));
            assertThat(url.getHost()).as(variable).isEqualTo(service.module());
            assertThat(url.getPort()).as(variable).isEqualTo(service.port());
        }
    }

    @Test
    void servicesStartOnceKafkaAndPostgresAreHealthyAndReportTheirOwnReadiness() {
        for (String infrastructure : INFRASTRUCTURE) {
            assertThat(compose.path("services").path(infrastructure).path("healthcheck").path("test").isArray())
                    .as(infrastructure).isTrue();
        }
        for (PlatformService service : PlatformService.ALL) {
            JsonNode definition = definition(service);
            for (String infrastructure : INFRASTRUCTURE) {
                assertThat(definition.path("depends_on").path(infrastructure).path("condition").asText())
                        .as(service.module() + " waits for " + infrastructure).isEqualTo("service_healthy");
            }
            assertThat(definition.path("healthcheck").path("test").toString()).as(service.module())
                    .contains("/q/health/ready");
        }
    }

    @Test
    void eachImageIsBuiltFromItsModulesStandardDockerfile() {
        for (PlatformService service : PlatformService.ALL) {
            JsonNode build = definition(service).path("build");

            assertThat(build.path("context").asText()).isEqualTo("./" + service.module());
            assertThat(REPO.resolve(service.module()).resolve(build.path("dockerfile").asText()))
                    .exists().hasFileName("Dockerfile.jvm");
        }
    }

    /** A service's definition, with the shared {@code x-service} defaults merged in by the YAML anchor. */
    private static JsonNode definition(PlatformService service) {
        JsonNode definition = compose.path("services").path(service.module());
        assertThat(definition.isMissingNode()).as(service.module() + " in docker-compose.yml").isFalse();
        return definition;
    }

    private static Map<String, String> environment(PlatformService service) {
        Map<String, String> env = new TreeMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = definition(service).path("environment").fields();
        fields.forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        return env;
    }

    /** A service's bind mounts: where in the container, from which file of the repository. */
    private static Map<String, String> mounts(JsonNode service) {
        Map<String, String> mounts = new TreeMap<>();
        service.path("volumes").forEach(volume -> {
            String[] parts = volume.asText().split(":");
            mounts.put(parts[1], parts[0]);
        });
        return mounts;
    }

    /** A YAML file of the repository; SnakeYAML resolves anchors and merge keys (<<: *service) as Compose does. */
    private static JsonNode yaml(String file) {
        try (Reader reader = Files.newBufferedReader(REPO.resolve(file), StandardCharsets.UTF_8)) {
            return new ObjectMapper().valueToTree(new Yaml().load(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static ServiceConfiguration configuration(PlatformService service) {
        return new ServiceConfiguration(REPO.resolve(service.module()).resolve("src/main/resources/application.properties"));
    }
}
