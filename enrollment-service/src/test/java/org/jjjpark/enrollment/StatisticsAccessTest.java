package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.enrollment.StatisticsScenario.BEIJING;
import static org.jjjpark.enrollment.StatisticsScenario.HEBEI;

/**
 * DOMAIN.md Privacy on the statistics: a commission sees its own source province in full, however small the
 * counts; another province's figures only where they count at least 5 applicants, the others withheld and marked
 * in JSON and CSV alike; seats are plan data and never withheld; operators see everything; and no statistic
 * carries anything that points at an applicant.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StatisticsAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    StatisticsScenario scenario;
    final List<UUID> candidates = new ArrayList<>();
    final List<String> applications = new ArrayList<>();

    /** Hebei: 6 list A's open program first and B's second, 1 lists A's physics program. Beijing: 2 list A's group. */
    @BeforeEach
    void smallAndLargeCellsInTwoProvinces() {
        scenario = new StatisticsScenario(bootstrapServers);
        for (int i = 0; i < 6; i++) {
            apply(HEBEI, List.of(scenario.hebeiAAny), List.of(scenario.hebeiB));
        }
        apply(HEBEI, List.of(scenario.hebeiAPhysics));
        for (int i = 0; i < 2; i++) {
            apply(BEIJING, List.of(scenario.beijingAPhysics, scenario.beijingAAny));
        }
    }

    @Test
    void aCommissionSeesItsOwnProvinceInFullHoweverSmallTheCounts() {
        String beijing = TestTokens.commission(BEIJING);

        List<Map<String, String>> daily = rows(beijing, "applications-by-day", BEIJING);
        List<Map<String, String>> demand = rows(beijing, "first-choice-demand", BEIJING);

        assertThat(daily).hasSize(2).allSatisfy(row -> assertThat(row).containsEntry("applications", "2")
                .containsEntry("cumulativeApplications", "2").containsEntry("suppressed", "false"));
        assertThat(demand).hasSize(3).allSatisfy(row -> assertThat(row).containsKey("firstChoiceApplications")
                .containsEntry("suppressed", "false"));
        assertThat(line(demand, scenario.beijingB)).containsEntry("firstChoiceApplications", "0")
                .containsEntry("demandRatio", "0.00");
    }

    @Test
    void crossProvinceCellsUnderFiveAreSuppressed() {
        String beijing = TestTokens.commission(BEIJING);

        List<Map<String, String>> daily = rows(beijing, "applications-by-day", HEBEI);
        List<Map<String, String>> demand = rows(beijing, "first-choice-demand", HEBEI);
        List<Map<String, String>> plan = rows(beijing, "plan-vs-applications", HEBEI);

        assertThat(line(daily, scenario.hebeiAPhysics)).containsEntry("suppressed", "true")
                .doesNotContainKeys("applications", "cumulativeApplications");
        assertThat(line(demand, scenario.hebeiB)).as("nobody ranks B first: 0 is under 5 too")
                .containsEntry("suppressed", "true").containsEntry("seats", "2")
                .doesNotContainKeys("firstChoiceApplications", "demandRatio");
        assertThat(line(plan, scenario.hebeiAPhysics)).containsEntry("suppressed", "true").containsEntry("seats", "40")
                .doesNotContainKeys("applications", "applicationsPerSeat");
        assertThat(rows(TestTokens.commission(HEBEI), "applications-by-day", BEIJING))
                .allSatisfy(row -> assertThat(row).containsEntry("suppressed", "true"));
    }

    @Test
    void crossProvinceCellsOfFiveOrMoreAreShown() {
        String beijing = TestTokens.commission(BEIJING);

        assertThat(line(rows(beijing, "applications-by-day", HEBEI), scenario.hebeiB))
                .containsEntry("applications", "6").containsEntry("suppressed", "false");
        assertThat(line(rows(beijing, "first-choice-demand", HEBEI), scenario.hebeiAAny))
                .containsEntry("firstChoiceApplications", "6").containsEntry("demandRatio", "0.20")
                .containsEntry("suppressed", "false");
        assertThat(line(rows(beijing, "plan-vs-applications", HEBEI), scenario.hebeiB))
                .containsEntry("applications", "6").containsEntry("applicationsPerSeat", "3.00");
    }

    @Test
    void aSuppressedCellIsMarkedInCsvToo() {
        List<Map<String, String>> csv = StatisticsPages.csv(TestTokens.commission(BEIJING), "applications-by-day",
                Map.of("intakeYear", scenario.year, "sourceProvince", HEBEI), 50, ";");

        assertThat(line(csv, scenario.hebeiAPhysics)).containsEntry("suppressed", "true")
                .doesNotContainKeys("applications", "cumulativeApplications");
        assertThat(csv).isEqualTo(rows(TestTokens.commission(BEIJING), "applications-by-day", HEBEI));
    }

    @Test
    void operatorsSeeEveryCount() {
        assertThat(rows(TestTokens.operator(), "applications-by-day", HEBEI))
                .allSatisfy(row -> assertThat(row).containsEntry("suppressed", "false").containsKey("applications"));
        assertThat(line(rows(TestTokens.operator(), "first-choice-demand", HEBEI), scenario.hebeiAPhysics))
                .containsEntry("firstChoiceApplications", "1");
    }

    @Test
    void seatsByAgreementAreShownToEveryCommissionInFull() {
        assertThat(rows(TestTokens.commission(BEIJING), "seats-by-agreement", HEBEI))
                .isEqualTo(rows(TestTokens.operator(), "seats-by-agreement", HEBEI))
                .isNotEmpty().allSatisfy(row -> assertThat(row).doesNotContainKey("suppressed"));
    }

    @Test
    void noStatisticCarriesAnythingThatPointsAtAnApplicant() {
        for (String statistic : List.of("applications-by-day", "first-choice-demand", "plan-vs-applications",
                "seats-by-agreement")) {
            for (String accept : List.of("application/json", "text/csv")) {
                String body = given().auth().oauth2(TestTokens.operator()).accept(accept)
                        .queryParam("intakeYear", scenario.year).queryParam("limit", 500)
                        .get("/api/v1/statistics/" + statistic).then().statusCode(200).extract().asString();
                assertThat(body).doesNotContain(candidates.stream().map(UUID::toString).toList())
                        .doesNotContain(applications).doesNotContain("张三", "110105");
            }
        }
    }

    @SafeVarargs
    private void apply(String province, List<UUID>... choices) {
        UUID candidate = scenario.candidate(province);
        candidates.add(candidate);
        applications.add(scenario.submit(candidate, choices));
    }

    private List<Map<String, String>> rows(String token, String statistic, String sourceProvince) {
        return StatisticsPages.json(token, statistic, Map.of("intakeYear", scenario.year,
                "sourceProvince", sourceProvince), 50);
    }

    private static Map<String, String> line(List<Map<String, String>> rows, UUID planLine) {
        return rows.stream().filter(r -> planLine.toString().equals(r.get("planLineId"))).findFirst().orElseThrow();
    }
}
