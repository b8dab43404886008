package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Operators set the admission rules per (year, source province, batch); everyone authenticated reads them. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AdmissionConfigResourceTest {

    final int year = Fixtures.uniqueYear();
    final String path = "/api/v1/admission-configs/" + year + "/130000/UNDERGRADUATE";

    @Test
    void anOperatorCreatesThenReplacesTheRulesAndEveryoneReadsThem() {
        put(TestTokens.operator(), Fixtures.openWindow(96, 1), null).statusCode(201).header("ETag", "\"0\"")
                .body("maxChoices", equalTo(96)).body("tiePolicy", equalTo("ADMIT_ALL_TIED"));

        put(TestTokens.operator(), Fixtures.openWindow(30, 6), "\"0\"").statusCode(200).header("ETag", "\"1\"")
                .body("maxMajorsPerUnit", equalTo(6));

        given().auth().oauth2(TestTokens.commission("110000")).get(path).then().statusCode(200)
                .body("maxChoices", equalTo(30)).body("version", equalTo(1))
                .body("tieBreakChain[0]", equalTo("CHINESE_PLUS_MATHEMATICS"));
        given().auth().oauth2(TestTokens.operator()).queryParam("intakeYear", year)
                .get("/api/v1/admission-configs").then().statusCode(200)
                .body("items.sourceProvince", hasItem("130000"));
    }

    @Test
    void aReplacementBasedOnAnOldVersionIsRefusedWith412() {
        put(TestTokens.operator(), Fixtures.openWindow(96, 1), null).statusCode(201);
        put(TestTokens.operator(), Fixtures.openWindow(90, 1), "\"0\"").statusCode(200);

        put(TestTokens.operator(), Fixtures.openWindow(80, 1), "\"0\"").statusCode(412)
                .body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void onlyOperatorsSetTheRules() {
        for (String token : List.of(TestTokens.commission("130000"), TestTokens.applicant(java.util.UUID.randomUUID()))) {
            put(token, Fixtures.openWindow(96, 1), null).statusCode(403);
        }
        given().contentType(ContentType.JSON).body(Fixtures.openWindow(96, 1)).put(path).then().statusCode(401);
    }

    @Test
    void aWindowThatClosesBeforeItOpensIsRefused() {
        OffsetDateTime now = OffsetDateTime.now();

        put(TestTokens.operator(), Fixtures.admissionConfig(now, now.minusHours(1), 96, 1), null).statusCode(400)
                .body("code", equalTo("INVALID_WINDOW")).body("errors[0].field", equalTo("windowClosesAt"));
    }

    @Test
    void aTieBreakKeyListedTwiceIsRefused() {
        Map<String, Object> body = new HashMap<>(Fixtures.openWindow(96, 1));
        body.put("tieBreakChain", List.of("FOREIGN_LANGUAGE", "FOREIGN_LANGUAGE"));

        put(TestTokens.operator(), body, null).statusCode(400).body("code", equalTo("DUPLICATE_TIE_BREAK_KEY"));
    }

    @Test
    void limitsOutsideTheirRangeAreRefused() {
        Map<String, Object> body = new HashMap<>(Fixtures.openWindow(0, 21));
        body.put("dropRatio", 3);

        put(TestTokens.operator(), body, null).statusCode(400).body("code", equalTo("VALIDATION_FAILED"))
                .body("errors.field", org.hamcrest.Matchers.hasItems("maxChoices", "maxMajorsPerUnit", "dropRatio"));
    }

    @Test
    void anUnknownBatchOrProvinceIsABadRequestAndMissingRulesAreNotFound() {
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/admission-configs/" + year + "/130000/POSTGRADUATE")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(TestTokens.operator()).get("/api/v1/admission-configs/" + year + "/131022/UNDERGRADUATE")
                .then().statusCode(400).body("code", equalTo("VALIDATION_FAILED"));
        given().auth().oauth2(TestTokens.operator()).get(path).then().statusCode(404)
                .body("code", equalTo("ADMISSION_CONFIG_NOT_FOUND"));
    }

    private ValidatableResponse put(String token, Map<String, Object> body, String ifMatch) {
        var request = given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.put(path).then();
    }
}
