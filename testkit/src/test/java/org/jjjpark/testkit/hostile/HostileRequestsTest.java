package org.jjjpark.testkit.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

class HostileRequestsTest {

    private static final List<String> AS_ANYONE = List.of("operator");

    private final OpenApiDocument document = OpenApiDocument.parse(read("/hostile/openapi.json"));

    @Test
    void onlyTheApiOperationsAreAttacked() {
        assertThat(document.operations()).extracting(ApiOperation::toString)
                .containsExactly("POST /api/v1/things", "GET /api/v1/things", "GET /api/v1/things/{id}");
    }

    @Test
    void theValidRequestFollowsTheSchemaAndItsExamples() throws IOException {
        ApiOperation create = document.operations().get(0);

        HostileRequest valid = new HostileRequests(document, 7).valid(create, "operator");

        JsonNode body = new ObjectMapper().readTree(valid.body());
        assertThat(body.get("name").asText()).isEqualTo("Gu'an bench");
        assertThat(body.get("kind").asText()).isIn("SMALL", "LARGE");
        assertThat(body.get("seats").asInt()).isEqualTo(30);
        assertThat(body.get("tags").get(0).asText()).isEqualTo("wood");
        assertThat(body.has("id")).as("read-only fields are not sent").isFalse();
        assertThat(valid.headers()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void aRequestIsTheSameWhateverWasGeneratedBeforeIt() {
        HostileRequests first = new HostileRequests(document, 42);
        HostileRequests second = new HostileRequests(document, 42);
        LongStream.range(0, 50).forEach(i -> first.request(i, op -> AS_ANYONE));

        HostileRequest again = second.request(49, op -> AS_ANYONE);
        HostileRequest original = first.request(49, op -> AS_ANYONE);

        assertThat(again.describe()).isEqualTo(original.describe());
        assertThat(again.body()).isEqualTo(original.body());
    }

    @Test
    void everyHostilityIsGeneratedAndEachRequestCarriesOne() {
        HostileRequests requests = new HostileRequests(document, 1);
        Set<Hostility> seen = EnumSet.noneOf(Hostility.class);

        LongStream.range(0, 2_000).mapToObj(i -> requests.request(i, op -> AS_ANYONE))
                .forEach(r -> seen.add(r.hostility()));

        assertThat(seen).containsExactlyInAnyOrder(Hostility.values());
    }

    @Test
    void credentialHostilitiesReplaceTheCredentialsAndOthersUseAnAcceptedOne() {
        HostileRequests requests = new HostileRequests(document, 3);

        LongStream.range(0, 500).mapToObj(i -> requests.request(i, op -> AS_ANYONE)).forEach(r -> {
            switch (r.hostility()) {
                case NO_CREDENTIALS -> assertThat(r.credential()).isEqualTo("none");
                case FORGED_CREDENTIALS -> assertThat(r.headers()).containsKey("Authorization");
                default -> assertThat(r.credential()).isEqualTo("operator");
            }
        });
    }

    @Test
    void invalidUtf8IsSentAsRawBytes() {
        HostileRequests requests = new HostileRequests(document, 5);

        HostileRequest broken = LongStream.range(0, 2_000).mapToObj(i -> requests.request(i, op -> AS_ANYONE))
                .filter(r -> r.hostility() == Hostility.INVALID_UTF8).findFirst().orElseThrow();

        byte[] body = broken.body();
        assertThat(new String(body, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8)).isNotEqualTo(body);
    }

    @Test
    void describingARequestEscapesWhatATerminalWouldInterpret() {
        assertThat(HostileRequest.excerpt("a\u0000b\u202Ec\u001b")).isEqualTo("a\\u0000b\\u202ec\\u001b");
    }

    private static String read(String resource) {
        try (InputStream in = HostileRequestsTest.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
