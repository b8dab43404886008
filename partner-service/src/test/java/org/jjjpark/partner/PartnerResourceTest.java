package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PartnerResourceTest {

    @Test
    void registeringAPartnerReturnsItWithLocationAndETag() {
        Map<String, Object> body = Fixtures.university();

        String id = PartnerApi.register(body)
                .statusCode(201)
                .header("Location", notNullValue())
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("UNIVERSITY"))
                .body("identifier", equalTo(body.get("identifier")))
                .body("status", equalTo("ACTIVE"))
                .body("contact.email", equalTo("park-office@example.edu.cn"))
                .extract().path("id");

        PartnerApi.asOperator().get("/api/v1/partners/" + id).then()
                .statusCode(200)
                .body("nameZh", equalTo("北京理工大学"))
                .body("version", equalTo(0));
    }

    @Test
    void concurrentRegistrationsOfOneIdentifierCreateOnePartnerAndRefuseTheRestAsDuplicates() throws Exception {
        // Found by the hostile-input run: the loser of the race past the service's check got a 500.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                Map<String, Object> body = Fixtures.enterprise();
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int i = 0; i < 8; i++) {
                    statuses.add(pool.submit(() -> {
                        start.await();
                        var response = PartnerApi.register(body).extract();
                        return response.statusCode() == 409 && "DUPLICATE_IDENTIFIER".equals(response.path("code"))
                                ? 409 : response.statusCode();
                    }));
                }
                start.countDown();
                List<Integer> seen = new ArrayList<>();
                for (Future<Integer> status : statuses) {
                    seen.add(status.get());
                }

                assertThat(seen).containsOnly(201, 409).containsOnlyOnce(201);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void locationPointsAtTheNewPartner() {
        var response = PartnerApi.register(Fixtures.university()).statusCode(201).extract();

        assertThat(response.header("Location")).endsWith("/api/v1/partners/" + response.path("id"));
    }

    @Test
    void registeringTheSameIdentifierTwiceIsAConflict() {
        Map<String, Object> body = Fixtures.enterprise();
        PartnerApi.registered(body);

        PartnerApi.register(body).statusCode(409)
                .contentType("application/problem+json")
                .body("code", equalTo("DUPLICATE_IDENTIFIER"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResponse() {
        Map<String, Object> body = Fixtures.university();
        String key = UUID.randomUUID().toString();

        String first = PartnerApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");
        var replay = PartnerApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .post("/api/v1/partners").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract();

        assertThat((String) replay.path("id")).isEqualTo(first);
        assertThat(replay.header("Location")).endsWith("/api/v1/partners/" + first);
        PartnerApi.asOperator().queryParam("identifier", body.get("identifier")).get("/api/v1/partners").then()
                .body("items.size()", equalTo(1));
    }

    @Test
    void reusingAnIdempotencyKeyForAnotherRequestIsRefused() {
        String key = UUID.randomUUID().toString();
        PartnerApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Fixtures.university())
                .post("/api/v1/partners").then().statusCode(201);

        PartnerApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key).body(Fixtures.university())
                .post("/api/v1/partners").then().statusCode(422)
                .body("code", equalTo("IDEMPOTENCY_KEY_REUSED"));
    }

    @Test
    void updatingWithTheCurrentETagChangesThePartnerAndWithAnOldOneFails() {
        String id = PartnerApi.registered(Fixtures.university());
        Map<String, Object> update = Map.of("nameZh", "北京理工大学", "nameEn", "Beijing Institute of Technology",
                "regionCode", "110108");

        PartnerApi.asOperator().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/v1/partners/" + id).then()
                .statusCode(200).header("ETag", "\"1\"")
                .body("regionCode", equalTo("110108"))
                .body("contact", nullValue());
        PartnerApi.asOperator().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/v1/partners/" + id).then()
                .statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void deactivatingIsIdempotentAndBlocksFurtherUpdates() {
        String id = PartnerApi.registered(Fixtures.enterprise());

        PartnerApi.asOperator().post("/api/v1/partners/" + id + "/deactivation").then().statusCode(200)
                .body("status", equalTo("INACTIVE")).body("version", equalTo(1));
        PartnerApi.asOperator().post("/api/v1/partners/" + id + "/deactivation").then().statusCode(200)
                .body("version", equalTo(1));
        PartnerApi.asOperator().contentType(ContentType.JSON)
                .body(Map.of("nameZh", "x", "nameEn", "x", "regionCode", "110000"))
                .put("/api/v1/partners/" + id).then()
                .statusCode(409).body("code", equalTo("PARTNER_INACTIVE"));
    }

    @Test
    void listsAreFilteredAndPagedWithoutGapsOrRepeats() {
        String marker = "Paging " + UUID.randomUUID();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = new HashMap<>(Fixtures.enterprise());
            body.put("nameEn", marker + " " + i);
            body.put("regionCode", i % 2 == 0 ? "131022" : "120000");
            created.add(PartnerApi.registered(body));
        }

        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            var request = PartnerApi.asOperator().queryParam("nameContains", marker.toLowerCase()).queryParam("limit", 3);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/partners").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(created);
        PartnerApi.asOperator().queryParam("nameContains", marker).queryParam("regionCode", "130000")
                .get("/api/v1/partners").then().statusCode(200)
                .body("items.size()", equalTo(4))
                .body("items.regionCode", not(hasItem("120000")));
    }

    @Test
    void aLikeWildcardInNameContainsMatchesLiterally() {
        PartnerApi.asOperator().queryParam("nameContains", "%").get("/api/v1/partners").then().statusCode(200)
                .body("items.size()", equalTo(0));
    }
}
