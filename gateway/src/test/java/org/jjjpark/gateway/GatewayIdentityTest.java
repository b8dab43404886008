package org.jjjpark.gateway;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.IdentityHashes;
import org.jjjpark.events.Topics;
import org.jjjpark.events.enrollment.CandidateRegistered;
import org.jjjpark.gateway.identity.ApplicantAuthResource;
import org.jjjpark.gateway.identity.ClientResource;
import org.jjjpark.gateway.identity.JwksResource;
import org.jjjpark.gateway.identity.TokenResource;
import org.jjjpark.http.security.EndpointAccessRules;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

/** Tokens for system clients and applicants, and who may use the gateway's own endpoints. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
@QuarkusTestResource(StubUpstream.class)
class GatewayIdentityTest {

    private static final byte[] LOOKUP_KEY = "test-lookup-key".getBytes(StandardCharsets.UTF_8);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyEndpointDeclaresWhoMayCallIt() {
        assertThat(EndpointAccessRules.undeclared(List.of(TokenResource.class, ClientResource.class,
                ApplicantAuthResource.class, JwksResource.class))).isEmpty();
    }

    @Test
    void anOperatorCreatesACommissionClientWhichGetsATokenForItsProvince() {
        String secret = given().auth().oauth2(GatewayApi.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Hebei Education Examinations Authority", "role", "COMMISSION",
                        "province", "130000"))
                .post("/api/v1/clients").then().statusCode(201)
                .body("client.role", equalTo("COMMISSION"))
                .extract().path("clientSecret");
        String clientId = given().auth().oauth2(GatewayApi.operatorToken()).get("/api/v1/clients?limit=500")
                .then().statusCode(200).extract().path("items.find { it.province == '130000' }.clientId");

        String token = given().auth().preemptive().basic(clientId, secret)
                .formParam("grant_type", "client_credentials").post("/oauth2/token").then()
                .statusCode(200).body("token_type", equalTo("Bearer")).extract().path("access_token");

        Map<String, Object> claims = claimsOf(token);
        assertThat(claims).containsEntry("province", "130000").containsEntry("sub", clientId)
                .containsEntry("iss", "https://gateway.jjjpark.local").containsEntry("aud", "jjjpark-api");
        assertThat(claims.get("groups")).isEqualTo(List.of("commission"));
    }

    @Test
    void aCommissionClientWithoutAProvinceIsRefusedNamingTheField() {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("name", "Hebei Education Examinations Authority",
                "role", "COMMISSION"));
        body.put("province", null);

        given().auth().oauth2(GatewayApi.operatorToken()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/clients").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("province"));
    }

    @Test
    void aTokenRequestWithABrokenPercentEncodingIsAnInvalidRequestAsRfc6749Says() {
        given().contentType("application/x-www-form-urlencoded").body("%s%n%x%p").post("/oauth2/token")
                .then().statusCode(400).contentType("application/json").body("error", equalTo("invalid_request"));
    }

    @Test
    void aWrongSecretOrADisabledClientGetsNoToken() {
        var created = given().auth().oauth2(GatewayApi.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "BIT systems", "role", "PARTNER", "partnerId", UUID.randomUUID().toString()))
                .post("/api/v1/clients").then().statusCode(201).extract();
        String clientId = created.path("client.clientId");
        String secret = created.path("clientSecret");

        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret + "x").post("/oauth2/token").then()
                .statusCode(401).body("error", equalTo("invalid_client"));
        given().auth().oauth2(GatewayApi.operatorToken()).post("/api/v1/clients/" + clientId + "/disablement")
                .then().statusCode(200).body("status", equalTo("DISABLED"));
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", secret).post("/oauth2/token").then()
                .statusCode(401).body("error", equalTo("invalid_client"));
    }

    @Test
    void rotatingASecretRetiresTheOldOne() {
        var created = given().auth().oauth2(GatewayApi.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "Second operator desk", "role", "OPERATOR"))
                .post("/api/v1/clients").then().statusCode(201).extract();
        String clientId = created.path("client.clientId");

        String newSecret = given().auth().oauth2(GatewayApi.operatorToken())
                .post("/api/v1/clients/" + clientId + "/secret-rotation").then().statusCode(200)
                .extract().path("clientSecret");

        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", (String) created.path("clientSecret")).post("/oauth2/token")
                .then().statusCode(401);
        given().formParam("grant_type", "client_credentials").formParam("client_id", clientId)
                .formParam("client_secret", newSecret).post("/oauth2/token").then().statusCode(200);
    }

    @Test
    void missingExpiredForeignAndUnsignedTokensAre401() {
        given().get("/api/v1/clients").then().statusCode(401).header("WWW-Authenticate", "Bearer");
        for (String token : List.of(TestTokens.operator(), TestTokens.expiredOperator(),
                TestTokens.operatorWithoutSignature(), "garbage")) {
            given().auth().oauth2(token).get("/api/v1/clients").then().statusCode(401);
        }
    }

    @Test
    void anHs256TokenKeyedWithThePublishedPublicKeyIsRejected() throws Exception {
        String jwks = given().get("/.well-known/jwks.json").then().statusCode(200).extract().asString();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"https://gateway.jjjpark.local\",\"aud\":\"jjjpark-api\","
                + "\"sub\":\"intruder\",\"groups\":[\"operator\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 600)
                + "}").getBytes(StandardCharsets.UTF_8));
        javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(jwks.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.US_ASCII)));

        given().auth().oauth2(header + "." + payload + "." + signature).get("/api/v1/clients").then().statusCode(401);
    }

    @Test
    void aPartnerClientCannotUseOperatorEndpoints() {
        var created = given().auth().oauth2(GatewayApi.operatorToken()).contentType(ContentType.JSON)
                .body(Map.of("name", "JD.com systems", "role", "PARTNER", "partnerId", UUID.randomUUID().toString()))
                .post("/api/v1/clients").then().statusCode(201).extract();
        String token = given().formParam("grant_type", "client_credentials")
                .formParam("client_id", (String) created.path("client.clientId"))
                .formParam("client_secret", (String) created.path("clientSecret"))
                .post("/oauth2/token").then().statusCode(200).extract().path("access_token");

        given().auth().oauth2(token).get("/api/v1/clients").then().statusCode(403);
    }

    @Test
    void aForgedClientListCursorIsAnInvalidCursor() {
        String forged = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("yesterday\u001foperator-test".getBytes(StandardCharsets.UTF_8));

        given().auth().oauth2(GatewayApi.operatorToken()).queryParam("cursor", forged).get("/api/v1/clients").then()
                .statusCode(400).contentType("application/problem+json").body("code", equalTo("INVALID_CURSOR"));
    }

    @Test
    void theJwksPublishesThePublicKeyOnly() {
        given().get("/.well-known/jwks.json").then().statusCode(200)
                .body("keys[0].kty", equalTo("RSA"))
                .body("keys[0].kid", notNullValue())
                .body("keys[0].alg", equalTo("RS256"))
                .body("keys[0]", not(hasKey("d")));
    }

    @Test
    void aCandidateRegisteredThroughKafkaCanSignUpAndSignIn() {
        UUID candidate = UUID.randomUUID();
        String examNumber = "26130102" + ThreadLocalRandom.current().nextInt(100000, 999999);
        String idNumber = "13010220080101123X";
        publishCandidate(candidate, examNumber, idNumber);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(300)).until(() ->
                given().contentType(ContentType.JSON).body(Map.of("examNumber", examNumber,
                                "idNumber", idNumber.toLowerCase(), "password", "correct horse battery"))
                        .post("/api/v1/auth/signup").statusCode() == 201);
        String token = given().contentType(ContentType.JSON)
                .body(Map.of("examNumber", examNumber, "password", "correct horse battery"))
                .post("/api/v1/auth/signin").then().statusCode(200).extract().path("access_token");

        Map<String, Object> claims = claimsOf(token);
        assertThat(claims).containsEntry("sub", candidate.toString()).containsEntry("province", "130000");
        assertThat(claims.get("groups")).isEqualTo(List.of("applicant"));
    }

    @Test
    void refusedSignUpsAllReadTheSameAndSignInDoesNotTellWhichPartWasWrong() {
        UUID candidate = UUID.randomUUID();
        String examNumber = "26110102" + ThreadLocalRandom.current().nextInt(100000, 999999);
        publishCandidate(candidate, examNumber, "110105200801011234");
        await().atMost(Duration.ofSeconds(30)).until(() -> signUp(examNumber, "110105200801011234").statusCode() == 201);

        var unknown = signUp("00000000000000", "110105200801011234");
        var wrongId = signUp(examNumber, "110105200801019999");
        var twice = signUp(examNumber, "110105200801011234");

        for (var refusal : List.of(unknown, wrongId, twice)) {
            assertThat(refusal.statusCode()).isEqualTo(422);
            assertThat(refusal.<String>path("code")).isEqualTo("SIGNUP_REFUSED");
            assertThat(refusal.<String>path("detail")).isEqualTo(unknown.<String>path("detail"));
        }
        var wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("examNumber", examNumber, "password", "not the password")).post("/api/v1/auth/signin");
        var unknownExam = given().contentType(ContentType.JSON)
                .body(Map.of("examNumber", "00000000000000", "password", "not the password")).post("/api/v1/auth/signin");
        assertThat(wrongPassword.statusCode()).isEqualTo(401);
        assertThat(wrongPassword.body().asString()).isEqualTo(unknownExam.body().asString()
                .replace("00000000000000", examNumber));
    }

    private io.restassured.response.Response signUp(String examNumber, String idNumber) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("examNumber", examNumber, "idNumber", idNumber, "password", "correct horse battery"))
                .post("/api/v1/auth/signup");
    }

    private void publishCandidate(UUID candidate, String examNumber, String idNumber) {
        CandidateRegistered event = new CandidateRegistered(candidate, 0, examNumber.startsWith("2613") ? "130000"
                : "110000", 2026, IdentityHashes.examNumber(LOOKUP_KEY, examNumber),
                IdentityHashes.idNumber(LOOKUP_KEY, idNumber));
        new TopicProbe(bootstrapServers).send(Topics.ENROLLMENT_EVENTS, candidate.toString(), EventCodec.toJson(
                EventCodec.envelope(UUID.randomUUID(), "enrollment-service", EventCatalog.CANDIDATE_REGISTERED,
                        candidate.toString(), event)));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claimsOf(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        return io.restassured.path.json.JsonPath.from(payload).getMap("");
    }
}
