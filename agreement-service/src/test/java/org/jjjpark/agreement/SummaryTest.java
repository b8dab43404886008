package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The commissions' summary: counts, seats in force and active order classes, read as a commission reads it. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class SummaryTest {

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);

    @Test
    void agreementsAreCountedByTypeAndStatus() {
        JsonPath before = summary(null);
        String active = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(active, park, university);
        AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.drafted(Drafts.internshipBase(park, university));

        JsonPath after = summary(null);

        assertThat(count(after, "CO_CONSTRUCTION", "ACTIVE")).isEqualTo(count(before, "CO_CONSTRUCTION", "ACTIVE") + 1);
        assertThat(count(after, "CO_CONSTRUCTION", "DRAFT")).isEqualTo(count(before, "CO_CONSTRUCTION", "DRAFT") + 1);
        assertThat(count(after, "INTERNSHIP_EMPLOYMENT_BASE", "DRAFT"))
                .isEqualTo(count(before, "INTERNSHIP_EMPLOYMENT_BASE", "DRAFT") + 1);
    }

    @Test
    void seatsOfActiveAgreementsAreSummedByProgramYearSourceProvinceAndPlanType() {
        String first = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(first, park, university);
        Map<String, Object> second = Drafts.coConstruction(park, university, program);
        second.put("allocations", List.of(Drafts.allocation(program, 2024, "130000", "130000", "GENERAL", 15),
                Drafts.allocation(program, 2025, "110000", "130000", "DIRECTED", 5)));
        AgreementApi.signedByAll(AgreementApi.drafted(second), park, university);
        AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        List<Map<String, Object>> seats = seatsOf(summary(null));
        List<Map<String, Object>> seats2025 = seatsOf(summary(2025));

        assertThat(seats).extracting(s -> s.get("intakeYear") + " " + s.get("sourceProvince") + " "
                + s.get("planType") + " " + s.get("seats")).containsExactly(
                "2024 110000 GENERAL 30", "2024 130000 GENERAL 55", "2025 130000 DIRECTED 5");
        assertThat(seats).allSatisfy(s -> {
            assertThat(s.get("catalogueCode")).isEqualTo("080717T");
            assertThat(s.get("institutionId")).isEqualTo(university.toString());
        });
        assertThat(seats2025).hasSize(1);
    }

    @Test
    void onlyTheAllocationVersionInForceCounts() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);
        AgreementApi.amend(id, Map.of("reason", "Fewer Beijing seats", "allocations", List.of(
                Drafts.allocation(program, 2024, "110000", "110000", "GENERAL", 10)))).statusCode(200);

        assertThat(seatsOf(summary(null))).extracting(s -> s.get("sourceProvince") + " " + s.get("seats"))
                .containsExactly("110000 10");
    }

    @Test
    void activeOrderClassesAreListedWithTheirSponsor() {
        UUID sponsor = Replica.enterprise();
        String id = AgreementApi.drafted(Drafts.orderClass(park, university, sponsor, program));
        AgreementApi.signedByAll(id, park, university, sponsor);

        List<Map<String, Object>> orderClasses = summary(null).getList("activeOrderClasses");

        assertThat(orderClasses).filteredOn(o -> id.equals(o.get("agreementId"))).singleElement().satisfies(o -> {
            assertThat(o.get("sponsorId")).isEqualTo(sponsor.toString());
            assertThat(o.get("sponsorNameEn")).isEqualTo("Test partner ENTERPRISE");
            assertThat(o.get("seats")).isEqualTo(40);
        });
    }

    private static JsonPath summary(Integer year) {
        var request = given().auth().oauth2(TestTokens.commission("130000"));
        if (year != null) {
            request.queryParam("year", year);
        }
        return request.get("/api/v1/agreements/summary").then().statusCode(200).extract().jsonPath();
    }

    private List<Map<String, Object>> seatsOf(JsonPath summary) {
        return summary.<Map<String, Object>>getList("seats").stream()
                .filter(s -> program.toString().equals(s.get("programId"))).toList();
    }

    private static int count(JsonPath summary, String type, String status) {
        return summary.<Map<String, Object>>getList("agreements").stream()
                .filter(c -> type.equals(c.get("type")) && status.equals(c.get("status")))
                .mapToInt(c -> ((Number) c.get("agreements")).intValue()).sum();
    }
}
