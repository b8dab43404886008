package org.jjjpark.systemtests.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jjjpark.testkit.platform.PlatformService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot be started where the tests run (no container engine), so it is checked against
 * what it must agree with: the platform's services and ports, each service's configuration (every variable set
 * is one the service reads, every variable it requires is set), the gateway's routes, the databases the init
 * script creates, and the healthchecks the start order relies on.
 */
class DockerComposeConfigurationTest {

    private static final Path REPO = Path.of(System.getProperty("system-tests.repo-root", "..")).toAbsolutePath()
            .normalize();
    private static final Set<String> INFRASTRUCTURE = Set.of("kafka", "postgres");
    /** Read by the image's start script (run-java.sh), not by the application. */
    private static final Set<String> IMAGE_VARIABLES = Set.of("JAVA_OPTS", "JAVA_OPTS_APPEND", "JAVA_MAX_MEM_RATIO");

    private static JsonNode compose;

    @BeforeAll
    static void readComposeFile() throws IOException {
        // SnakeYAML resolves the file's anchors and merge keys (<<: *service) as Compose does.
        try (Reader reader = Files.newBufferedReader(REPO.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            compose = new ObjectMapper().valueToTree(new Yaml().load(reader));
        }
    }

    @Test
    void everyServiceOfThePlatformRunsAndNothingElseButKafkaAndPostgres() {
        Set<String> named = new HashSet<>();
        compose.path("services").fieldNames().forEachRemaining(named::add);
        named.removeAll(INFRASTRUCTURE);

        assertThat(named).containsExactlyInAnyOrderElementsOf(PlatformService.ALL.stream()
                .map(PlatformService::module).toList());
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

    private static ServiceConfiguration configuration(PlatformService service) {
        return new ServiceConfiguration(REPO.resolve(service.module()).resolve("src/main/resources/application.properties"));
    }
}
