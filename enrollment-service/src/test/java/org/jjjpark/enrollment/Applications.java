package org.jjjpark.enrollment;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import org.jjjpark.testkit.TestTokens;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The calls that make applications change, for tests about what follows from the changes. */
public final class Applications {

    private Applications() {
    }

    public static Map<String, Object> choice(boolean acceptAdjustment, UUID... majors) {
        return Map.of("majors", Arrays.stream(majors).map(UUID::toString).toList(), "acceptAdjustment",
                acceptAdjustment);
    }

    /** Submits to the undergraduate batch as the candidate. */
    public static ValidatableResponse submit(UUID candidate, List<Map<String, Object>> choices) {
        return as(candidate).contentType(ContentType.JSON).body(Map.of("batch", "UNDERGRADUATE", "choices", choices))
                .post("/api/v1/applications").then();
    }

    public static ValidatableResponse change(UUID candidate, String id, long version,
                                             List<Map<String, Object>> choices) {
        return as(candidate).contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body(Map.of("choices", choices)).put("/api/v1/applications/" + id).then();
    }

    public static ValidatableResponse withdraw(UUID candidate, String id) {
        return as(candidate).post("/api/v1/applications/" + id + "/withdrawal").then();
    }

    /** Erases as an operator. */
    public static ValidatableResponse erase(String id) {
        return given().auth().oauth2(TestTokens.operator()).delete("/api/v1/applications/" + id).then();
    }

    /** The candidate's applications as the applicant reads them. */
    public static List<Map<String, Object>> of(UUID candidate) {
        return as(candidate).get("/api/v1/applications").then().statusCode(200).extract().jsonPath()
                .getList("items");
    }

    /** A request as the candidate, for calls this class does not wrap. */
    public static RequestSpecification as(UUID candidate) {
        return given().auth().oauth2(TestTokens.applicant(candidate));
    }
}
