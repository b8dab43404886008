package org.jjjpark.systemtests;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.jjjpark.testkit.candidates.SyntheticCandidate;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

/**
 * The platform's public front door as a client sees it: requests to the gateway's base URL, tokens from its
 * {@code /oauth2/token}, system clients created by the operator through {@code /api/v1/clients}.
 */
final class Gateway {

    private final RunningPlatform platform;
    private String operatorToken;

    Gateway(RunningPlatform platform) {
        this.platform = platform;
    }

    /** A request with no token. */
    RequestSpecification anonymous() {
        return given().baseUri(platform.gatewayUrl()).contentType(ContentType.JSON);
    }

    /** A request bearing {@code token}. */
    RequestSpecification as(String token) {
        return anonymous().auth().oauth2(token);
    }

    /** A request as the installation's first operator, whose client the deployment configured. */
    RequestSpecification asOperator() {
        return as(operatorToken());
    }

    /** The first operator's token, asked for once: token requests have a tight per-address budget. */
    String operatorToken() {
        if (operatorToken == null) {
            operatorToken = token(RunningPlatform.OPERATOR_CLIENT_ID, RunningPlatform.OPERATOR_CLIENT_SECRET);
        }
        return operatorToken;
    }

    /** A token for a system client (OAuth2 client credentials, HTTP Basic). */
    String token(String clientId, String clientSecret) {
        return given().baseUri(platform.gatewayUrl())
                .auth().preemptive().basic(clientId, clientSecret)
                .formParam("grant_type", "client_credentials")
                .post("/oauth2/token")
                .then().statusCode(200).extract().path("access_token");
    }

    /** The operator creates a client acting for a partner and returns a token of it. */
    String partnerClientToken(String partnerId) {
        return newClientToken("PARTNER", Map.of("partnerId", partnerId));
    }

    /** The operator creates a commission's client for a province and returns a token of it. */
    String commissionClientToken(String province) {
        return newClientToken("COMMISSION", Map.of("province", province));
    }

    private String newClientToken(String role, Map<String, String> scope) {
        Map<String, Object> request = new HashMap<>(scope);
        request.put("name", role.toLowerCase() + " client " + UUID.randomUUID());
        request.put("role", role);
        var created = asOperator().body(request).post("/api/v1/clients").then().statusCode(201).extract();
        return token(created.path("client.clientId"), created.path("clientSecret"));
    }

    /**
     * Signs a registered candidate up with {@code password} and returns their applicant token. The gateway learns
     * of candidates from CandidateRegistered, a moment after their commission's import: until then a sign-up is
     * refused, so retry.
     */
    String applicantToken(SyntheticCandidate candidate, String password) {
        Map<String, Object> signUp = Map.of("examNumber", candidate.examNumber(), "idNumber", candidate.idNumber(),
                "password", password);
        await("the gateway learns of the candidate from CandidateRegistered")
                .atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> anonymous().body(signUp).post("/api/v1/auth/signup").then().extract(),
                        r -> r.statusCode() == 201);
        return anonymous().body(Map.of("examNumber", candidate.examNumber(), "password", password))
                .post("/api/v1/auth/signin").then().statusCode(200).extract().path("access_token");
    }
}
