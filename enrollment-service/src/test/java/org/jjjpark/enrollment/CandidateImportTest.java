package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.IdentityHashes;
import org.jjjpark.enrollment.rest.CandidateCsv;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/** Education authorities register their own province's candidates; identity numbers stay protected. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class CandidateImportTest {

    static final byte[] LOOKUP_KEY = "test-lookup-key".getBytes(StandardCharsets.UTF_8);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aNewCandidatePublishesCandidateRegisteredWithKeyedHashesOnly() {
        Map<String, Object> record = Candidates.record();
        UUID id = Candidates.registered("130000", 2026, record);

        List<ConsumerRecord<String, String>> published = new TopicProbe(bootstrapServers).read(
                Topics.ENROLLMENT_EVENTS, r -> r.key().equals(id.toString()), 1, Duration.ofSeconds(30));

        assertThat(published).hasSize(1);
        String raw = published.get(0).value();
        EventEnvelope event = EventCodec.decode(raw);
        assertThat(event.type()).isEqualTo("enrollment.enrollment.CandidateRegistered.v1");
        assertThat(event.data().get("examNumberHash").asText())
                .isEqualTo(IdentityHashes.examNumber(LOOKUP_KEY, (String) record.get("examNumber")));
        assertThat(event.data().get("idNumberHash").asText())
                .isEqualTo(IdentityHashes.idNumber(LOOKUP_KEY, (String) record.get("idNumber")));
        assertThat(event.data().get("provinceCode").asText()).isEqualTo("130000");
        assertThat(raw).doesNotContain((String) record.get("idNumber"), (String) record.get("examNumber"), "张三",
                ((String) record.get("idNumber")).substring(6, 14));
    }

    @Test
    void theApplicantReadsTheirOwnRecordWithTheIdNumberMasked() {
        Map<String, Object> record = Candidates.record();
        UUID id = Candidates.registered("130000", 2026, record);
        String idNumber = (String) record.get("idNumber");

        String body = given().auth().oauth2(TestTokens.applicant(id)).get("/api/v1/candidates/me").then()
                .statusCode(200).body("id", equalTo(id.toString())).body("totalScore", equalTo(612.0f))
                .body("idNumberMasked", equalTo(idNumber.substring(0, 6) + "********" + idNumber.substring(14)))
                .extract().asString();

        assertThat(body).doesNotContain(idNumber).doesNotContain(idNumber.substring(6, 14));
        given().auth().oauth2(TestTokens.applicant(UUID.randomUUID())).get("/api/v1/candidates/me").then()
                .statusCode(404).body("code", equalTo("CANDIDATE_NOT_FOUND"));
    }

    @Test
    void importingTheSameRecordsAgainChangesNothingAndAChangedScoreIsATrackedCorrection() {
        Map<String, Object> record = Candidates.record();
        UUID id = Candidates.registered("130000", 2026, record);
        String commission = TestTokens.commission("130000");

        Candidates.importAs(commission, "130000", 2026, List.of(record)).statusCode(200)
                .body("unchanged", equalTo(1)).body("outcomes[0].candidateId", equalTo(id.toString()));
        Map<String, Object> corrected = new HashMap<>(record);
        corrected.put("totalScore", 615.5);
        corrected.put("mathematics", 138.5);
        Candidates.importAs(commission, "130000", 2026, List.of(corrected)).statusCode(200)
                .body("corrected", equalTo(1)).body("outcomes[0].result", equalTo("CORRECTED"));

        given().auth().oauth2(commission).get("/api/v1/candidates/" + id).then().statusCode(200)
                .body("totalScore", equalTo(615.5f)).body("version", equalTo(1));
        given().auth().oauth2(commission).get("/api/v1/candidates/" + id + "/corrections").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].changedFields", equalTo(List.of("totalScore", "mathematics")))
                .body("items[0].correctedBy", equalTo("commission-130000"));
    }

    @Test
    void aCommissionImportsForItsOwnProvinceOnlyAndSeesOnlyItsOwnCandidates() {
        Candidates.importAs(TestTokens.commission("110000"), "130000", 2026, List.of(Candidates.record()))
                .statusCode(403).body("code", equalTo("PROVINCE_NOT_YOURS"));
        UUID hebei = Candidates.registered("130000", 2026, Candidates.record());

        given().auth().oauth2(TestTokens.commission("110000")).get("/api/v1/candidates/" + hebei).then()
                .statusCode(404).body("code", equalTo("CANDIDATE_NOT_FOUND"));
    }

    @Test
    void onlyCommissionsImportAndNeitherApplicantsNorOperatorsReadOthersRecords() {
        UUID id = Candidates.registered("130000", 2026, Candidates.record());
        for (String token : List.of(TestTokens.operator(), TestTokens.applicant(id),
                TestTokens.partner(UUID.randomUUID()))) {
            Candidates.importAs(token, "130000", 2026, List.of(Candidates.record())).statusCode(403);
            given().auth().oauth2(token).get("/api/v1/candidates/" + id).then().statusCode(403);
        }
    }

    @Test
    void anExamNumberRegisteredByAnotherProvinceIsAConflict() {
        Map<String, Object> record = Candidates.record();
        Candidates.registered("130000", 2026, record);
        Map<String, Object> claimed = new HashMap<>(record);
        claimed.put("idNumber", Candidates.uniqueIdNumber());

        Candidates.importAs(TestTokens.commission("110000"), "110000", 2026, List.of(claimed))
                .statusCode(409).body("code", equalTo("DUPLICATE_EXAM_NUMBER"));
    }

    @Test
    void anInvalidIdNumberIsRefusedWithoutEchoingIt() {
        Map<String, Object> record = Candidates.record();
        String bad = ((String) record.get("idNumber")).substring(0, 17) + "Y";
        record.put("idNumber", bad);

        Candidates.importAs(TestTokens.commission("130000"), "130000", 2026, List.of(Candidates.record(), record))
                .statusCode(400).body("code", equalTo("INVALID_ID_NUMBER"))
                .body("errors[0].field", equalTo("candidates[1].idNumber")).body(not(containsString(bad)));
    }

    @Test
    void anExamNumberTwiceInOneImportOrAnIdNumberOfAnotherCandidateIsRefused() {
        Map<String, Object> first = Candidates.record();
        Map<String, Object> again = Candidates.record();
        again.put("examNumber", first.get("examNumber"));
        Candidates.importAs(TestTokens.commission("130000"), "130000", 2026, List.of(first, again))
                .statusCode(400).body("code", equalTo("DUPLICATE_EXAM_NUMBER"))
                .body("errors[0].field", equalTo("candidates[1].examNumber"));

        Candidates.registered("130000", 2026, first);
        Map<String, Object> sameId = Candidates.record();
        sameId.put("idNumber", first.get("idNumber"));
        Candidates.importAs(TestTokens.commission("130000"), "130000", 2026, List.of(sameId))
                .statusCode(409).body("code", equalTo("DUPLICATE_ID_NUMBER"));
    }

    @Test
    void anApplicantMayNotSetScoresOrIdentityFieldsOnTheirRecord() {
        UUID id = Candidates.registered("130000", 2026, Candidates.record());

        given().auth().oauth2(TestTokens.applicant(id)).contentType("application/json")
                .body(Map.of("totalScore", 750)).put("/api/v1/candidates/me").then().statusCode(405);
    }

    @Test
    void aCsvImportRegistersTheSameWayAndNamesTheRowOfABadValue() {
        Map<String, Object> first = Candidates.record();
        Map<String, Object> second = Candidates.record();
        String csv = "\uFEFF" + String.join(",", CandidateCsv.COLUMNS) + "\r\n" + csvRow(first) + csvRow(second);

        given().auth().oauth2(TestTokens.commission("130000")).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("provinceCode", "130000").queryParam("examYear", 2026)
                .post("/api/v1/candidates/imports").then().statusCode(200).body("created", equalTo(2));

        given().auth().oauth2(TestTokens.commission("130000")).contentType("text/csv; charset=UTF-8")
                .body(csv.replace("2008-01-01", "2008-13-01"))
                .queryParam("provinceCode", "130000").queryParam("examYear", 2026)
                .post("/api/v1/candidates/imports").then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors[0].field", equalTo("row 2.birthDate"));
        given().auth().oauth2(TestTokens.commission("110000")).contentType("text/csv; charset=UTF-8").body(csv)
                .queryParam("provinceCode", "130000").queryParam("examYear", 2026)
                .post("/api/v1/candidates/imports").then().statusCode(403).body("code", equalTo("PROVINCE_NOT_YOURS"));
    }

    @SuppressWarnings("unchecked")
    private static String csvRow(Map<String, Object> record) {
        return CandidateCsv.COLUMNS.stream().map(c -> c.equals("subjects")
                        ? String.join("|", (List<String>) record.get(c)) : String.valueOf(record.get(c)))
                .collect(java.util.stream.Collectors.joining(",")) + "\r\n";
    }

    @Test
    void threeThousandCandidatesImportInOneRequest() {
        List<Map<String, Object>> records = Candidates.records(3000);

        Candidates.importAs(TestTokens.commission("120000"), "120000", 2026, records).statusCode(200)
                .body("created", equalTo(3000)).body("outcomes", hasSize(3000));
        Candidates.importAs(TestTokens.commission("120000"), "120000", 2026, records).statusCode(200)
                .body("unchanged", equalTo(3000));
    }
}
