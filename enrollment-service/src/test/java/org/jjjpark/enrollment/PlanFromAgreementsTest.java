package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.agreement.AgreementTerminated;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Agreement events arrive through the real broker and become, change and close enrollment plan lines. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PlanFromAgreementsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    UpstreamEvents upstream;
    UUID program = UUID.randomUUID();
    UUID agreement = UUID.randomUUID();

    @BeforeEach
    void connect() {
        upstream = new UpstreamEvents(bootstrapServers);
    }

    @Test
    void anActivatedAgreementOpensOneLinePerAllocationInTheUndergraduateBatch() {
        upstream.activated(agreement, 3, List.of(seats("130000", 40), seats("110000", 30)));

        List<Map<String, Object>> lines = awaitLines(2, l -> true);

        assertThat(lines).extracting(l -> l.get("sourceProvince"), l -> l.get("seats"), l -> l.get("status"),
                        l -> l.get("batch"), l -> l.get("agreementId"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("130000", 40, "OPEN", "UNDERGRADUATE", agreement.toString()),
                        org.assertj.core.groups.Tuple.tuple("110000", 30, "OPEN", "UNDERGRADUATE", agreement.toString()));
    }

    @Test
    void anAmendmentReplacesTheSeatsAndClosesTheAllocationsItDrops() {
        upstream.activated(agreement, 3, List.of(seats("130000", 40), seats("110000", 30)));
        awaitLines(2, l -> true);

        upstream.amended(agreement, 4, List.of(seats("130000", 60)));

        List<Map<String, Object>> lines = awaitLines(2, l -> "CLOSED".equals(line(l, "110000")));
        assertThat(lines).filteredOn(l -> "130000".equals(l.get("sourceProvince")))
                .singleElement().satisfies(l -> {
                    assertThat(l.get("seats")).isEqualTo(60);
                    assertThat(l.get("status")).isEqualTo("OPEN");
                });
    }

    @Test
    void terminationClosesEveryLineAndALateOlderAmendmentDoesNotReopenThem() {
        upstream.activated(agreement, 3, List.of(seats("130000", 40)));
        awaitLines(1, l -> "OPEN".equals(l.get("status")));

        upstream.terminated(agreement, 5);
        awaitLines(1, l -> "CLOSED".equals(l.get("status")));
        upstream.amended(agreement, 4, List.of(seats("130000", 99)));
        UUID marker = UUID.randomUUID();
        upstream.activated(marker, 1, List.of(seats("120000", 1)));
        awaitLinesOf(marker, 1);

        assertThat(lines()).singleElement().satisfies(l -> {
            assertThat(l.get("status")).isEqualTo("CLOSED");
            assertThat(l.get("seats")).isEqualTo(40);
        });
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() {
        upstream.activated(agreement, 3, List.of(seats("130000", 40)));
        awaitLines(1, l -> true);
        String termination = UpstreamEvents.envelope(EventCatalog.AGREEMENT_TERMINATED, agreement.toString(),
                new AgreementTerminated(agreement, 4, OffsetDateTime.now()));

        upstream.sendRaw(EventCatalog.AGREEMENT_TERMINATED.topic(), agreement.toString(), termination);
        upstream.sendRaw(EventCatalog.AGREEMENT_TERMINATED.topic(), agreement.toString(), termination);
        upstream.amended(agreement, 5, List.of(seats("130000", 10)));

        awaitLines(1, l -> Integer.valueOf(10).equals(l.get("seats")) && "OPEN".equals(l.get("status")));
    }

    private SeatAllocation seats(String sourceProvince, int seats) {
        return new SeatAllocation(program, 2026, "110000", sourceProvince, "GENERAL", seats);
    }

    private static Object line(Map<String, Object> l, String sourceProvince) {
        return sourceProvince.equals(l.get("sourceProvince")) ? l.get("status") : "CLOSED";
    }

    private List<Map<String, Object>> awaitLines(int count, java.util.function.Predicate<Map<String, Object>> each) {
        return await().atMost(Duration.ofSeconds(30)).until(this::lines,
                lines -> lines.size() == count && lines.stream().allMatch(each));
    }

    private void awaitLinesOf(UUID otherAgreement, int count) {
        await().atMost(Duration.ofSeconds(30)).until(() -> linesOf(otherAgreement).size() == count);
    }

    private List<Map<String, Object>> lines() {
        return linesOf(agreement);
    }

    private static List<Map<String, Object>> linesOf(UUID agreementId) {
        JsonPath page = given().auth().oauth2(TestTokens.applicant(UUID.randomUUID()))
                .queryParam("agreementId", agreementId.toString())
                .get("/api/v1/plan-lines").then().statusCode(200).extract().jsonPath();
        return page.getList("items");
    }
}
