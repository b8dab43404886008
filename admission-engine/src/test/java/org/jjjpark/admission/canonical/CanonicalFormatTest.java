package org.jjjpark.admission.canonical;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.Fixtures;
import org.jjjpark.admission.RandomRound;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.InvalidInputException;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.TieBreakKey;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jjjpark.admission.Fixtures.applicant;
import static org.jjjpark.admission.Fixtures.choice;
import static org.jjjpark.admission.Fixtures.group;
import static org.jjjpark.admission.Fixtures.scores;
import static org.jjjpark.admission.Fixtures.unit;

/** The canonical input and result documents: exact bytes, round trip, hashes, and the schemas in docs/admission. */
class CanonicalFormatTest {

    static final Path SCHEMAS = Path.of("..", "docs", "admission");
    static final ObjectMapper JSON = new ObjectMapper();

    /** The example of docs/admission/README.md. */
    static AdmissionInput example() {
        return AdmissionInput.of(RoundConfig.provincialRules(List.of(TieBreakKey.CHINESE_PLUS_MATHEMATICS),
                        new BigDecimal("450.0")),
                List.of(unit("P1", 1), group("G", "1.05", new Major("M2", 2), new Major("M1", 1))),
                List.of(applicant("b", scores(612, 120, 130), choice("P1"), choice("G", true, "M1")),
                        applicant("a", scores(640, 125, 125), choice("P1"))));
    }

    @Test
    void theCanonicalInputIsExactlyTheDocumentTheReadmeShows() throws IOException {
        assertThat(inputJson(example())).isEqualTo("{\"format\":\"jjj-admission-input/1\",\"config\":{"
                + "\"tieBreakChain\":[\"CHINESE_PLUS_MATHEMATICS\"],\"tiePolicy\":\"ADMIT_ALL_TIED\",\"lotterySeed\":null,"
                + "\"reDropAfterRejection\":false,\"ratioRounding\":\"CEIL\",\"controlLine\":450},\"units\":["
                + "{\"id\":\"G\",\"dropRatio\":1.05,\"requirements\":{\"requiredSubjects\":[],\"minimumScores\":{},"
                + "\"excludedAttributes\":[]},\"majors\":["
                + "{\"code\":\"M1\",\"quota\":1,\"requirements\":{\"requiredSubjects\":[],\"minimumScores\":{},"
                + "\"excludedAttributes\":[]}},"
                + "{\"code\":\"M2\",\"quota\":2,\"requirements\":{\"requiredSubjects\":[],\"minimumScores\":{},"
                + "\"excludedAttributes\":[]}}]},"
                + "{\"id\":\"P1\",\"dropRatio\":1,\"requirements\":{\"requiredSubjects\":[],\"minimumScores\":{},"
                + "\"excludedAttributes\":[]},\"majors\":[{\"code\":\"P1\",\"quota\":1,\"requirements\":{"
                + "\"requiredSubjects\":[],\"minimumScores\":{},\"excludedAttributes\":[]}}]}],\"applicants\":["
                + "{\"id\":\"a\",\"scores\":{\"total\":640,\"chinese\":125,\"mathematics\":125,\"foreignLanguage\":0,"
                + "\"firstChoiceSubject\":0,\"electives\":[]},\"subjects\":[],\"attributes\":[],\"choices\":["
                + "{\"unit\":\"P1\",\"majors\":[\"P1\"],\"acceptAdjustment\":false}]},"
                + "{\"id\":\"b\",\"scores\":{\"total\":612,\"chinese\":120,\"mathematics\":130,\"foreignLanguage\":0,"
                + "\"firstChoiceSubject\":0,\"electives\":[]},\"subjects\":[],\"attributes\":[],\"choices\":["
                + "{\"unit\":\"P1\",\"majors\":[\"P1\"],\"acceptAdjustment\":false},"
                + "{\"unit\":\"G\",\"majors\":[\"M1\"],\"acceptAdjustment\":true}]}]}");
    }

    @Test
    void theCanonicalResultIsExactlyTheDocumentTheReadmeShows() throws IOException {
        assertThat(resultJson(Fixtures.verified(example()))).isEqualTo("{\"format\":\"jjj-admission-result/1\","
                + "\"applicants\":["
                + "{\"id\":\"a\",\"rank\":1,\"status\":\"ADMITTED\",\"unit\":\"P1\",\"major\":\"P1\",\"adjusted\":false,"
                + "\"rejectionReason\":null,\"earlierRejections\":[]},"
                + "{\"id\":\"b\",\"rank\":2,\"status\":\"ADMITTED\",\"unit\":\"G\",\"major\":\"M1\",\"adjusted\":false,"
                + "\"rejectionReason\":null,\"earlierRejections\":[]}],\"tieOverflows\":[]}");
    }

    @Test
    void theHashIsTheSha256OfTheCanonicalBytes() throws Exception {
        byte[] bytes = inputJson(example()).getBytes(StandardCharsets.UTF_8);
        String expected = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(bytes));

        assertThat(CanonicalInput.sha256(example())).isEqualTo(expected).hasSize(64);
    }

    @Test
    void stringsAreEscapedAsRfc8785DoesAndOtherwiseWrittenAsUtf8() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalJsonWriter json = new CanonicalJsonWriter(out);
        json.beginArray().string("a\"b\\c\nd\u001f").string("河北").hundredths(61205).hundredths(60010).endArray()
                .flush();

        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("[\"a\\\"b\\\\c\\nd\\u001f\",\"河北\",612.05,600.1]");
    }

    @Test
    void aDocumentWithMembersOutOfCanonicalOrderIsRefused() {
        String swapped = "{\"config\":{},\"format\":\"jjj-admission-input/1\"}";

        assertThatThrownBy(() -> CanonicalInput.read(new ByteArrayInputStream(swapped.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("canonical order");
    }

    @Property(tries = 200)
    void readingTheCanonicalInputBackGivesTheSameBytesAndTheSameResult(@ForAll("rounds") RandomRound round)
            throws IOException {
        AdmissionInput input = round.input();
        AdmissionInput read = CanonicalInput.read(new ByteArrayInputStream(
                inputJson(input).getBytes(StandardCharsets.UTF_8)));

        assertThat(inputJson(read)).isEqualTo(inputJson(input));
        assertThat(CanonicalResult.sha256(Fixtures.verified(read)))
                .isEqualTo(CanonicalResult.sha256(Fixtures.verified(input)));
    }

    @Property(tries = 200)
    void shuffledInputRowsGiveTheSameInputAndResultHashes(@ForAll("rounds") RandomRound round, @ForAll long seed) {
        Random random = new Random(seed);
        RandomRound shuffled = round.withUnits(units -> shuffled(units, random))
                .withApplicants(applicants -> shuffled(applicants, random));

        assertThat(CanonicalInput.sha256(shuffled.input())).isEqualTo(CanonicalInput.sha256(round.input()));
        assertThat(CanonicalResult.sha256(Fixtures.verified(shuffled.input())))
                .isEqualTo(CanonicalResult.sha256(Fixtures.verified(round.input())));
    }

    @Property(tries = 100)
    void canonicalDocumentsSatisfyTheirSchemasWithMembersInTheSchemasOrder(@ForAll("rounds") RandomRound round)
            throws IOException {
        AdmissionResult result = Fixtures.verified(round.input());
        JsonNode input = JSON.readTree(inputJson(round.input()));
        JsonNode output = JSON.readTree(resultJson(result));

        assertThat(schema("admission-input.schema.json").validate(input)).isEmpty();
        assertThat(schema("admission-result.schema.json").validate(output)).isEmpty();
        assertMembersInSchemaOrder(input, schemaTree("admission-input.schema.json"));
        assertMembersInSchemaOrder(output, schemaTree("admission-result.schema.json"));
    }

    @Provide
    Arbitrary<RandomRound> rounds() {
        return RandomRound.any();
    }

    /** Walks document and schema together; wherever the schema lists properties, the members come in that order. */
    private static void assertMembersInSchemaOrder(JsonNode document, JsonNode schema) {
        assertMembersInSchemaOrder(document, schema, schema);
    }

    private static void assertMembersInSchemaOrder(JsonNode document, JsonNode schema, JsonNode root) {
        JsonNode resolved = schema.has("$ref") ? root.at(schema.get("$ref").asText().substring(1)) : schema;
        if (document.isArray() && resolved.has("items")) {
            document.forEach(element -> assertMembersInSchemaOrder(element, resolved.get("items"), root));
        }
        if (document.isObject() && resolved.has("properties")) {
            List<String> expected = new ArrayList<>();
            resolved.get("properties").fieldNames().forEachRemaining(expected::add);
            List<String> actual = new ArrayList<>();
            Iterator<String> names = document.fieldNames();
            names.forEachRemaining(actual::add);
            assertThat(actual).isEqualTo(expected);
            actual.forEach(name -> assertMembersInSchemaOrder(document.get(name), resolved.get("properties").get(name),
                    root));
        }
    }

    private static JsonSchema schema(String file) {
        try (InputStream in = Files.newInputStream(SCHEMAS.resolve(file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode schemaTree(String file) throws IOException {
        return JSON.readTree(SCHEMAS.resolve(file).toFile());
    }

    private static String inputJson(AdmissionInput input) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalInput.write(input, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static String resultJson(AdmissionResult result) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CanonicalResult.write(result, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
