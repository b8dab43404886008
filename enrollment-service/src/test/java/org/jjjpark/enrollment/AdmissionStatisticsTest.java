package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.testkit.ProblemAssertions.assertProblem;

/**
 * The admission statistics of DOMAIN.md (plan vs. outcome, score lines, last-called rank, rejections, adjustment
 * rate, first-choice satisfaction) of a completed round, checked against a recount from the raw rows, in JSON and
 * CSV, and synced incrementally by change version. {@link AdmissionStatisticsScenario} explains the round.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AdmissionStatisticsTest {

    private static final List<String> LEVELS = List.of("ROUND", "UNIT", "MAJOR");

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyFigureOfACompletedRoundMatchesItsRecountFromTheRawRows() {
        AdmissionStatisticsScenario scenario = new AdmissionStatisticsScenario(bootstrapServers);
        UUID round = scenario.round(false);
        AdmissionStatisticsOracle oracle = AdmissionStatisticsOracle.read(round, scenario.plan.year,
                AdmissionScenario.HEBEI);

        assertThat(withoutChangeVersion(scenario.figures(TestTokens.operator(), "ROUND"))).isEqualTo(oracle.roundRow());
        List<Map<String, String>> units = scenario.figures(TestTokens.operator(), "UNIT");
        assertThat(withoutChangeVersion(units)).isEqualTo(oracle.unitRows());
        assertThat(withoutChangeVersion(scenario.figures(TestTokens.operator(), "MAJOR"))).isEqualTo(oracle.majorRows());

        // The recount is no copy of the service's arithmetic: the figures the scenario was built to give.
        assertThat(unit(units, scenario.plan.institutionA)).containsEntry("quota", "15").containsEntry("dropped", "11")
                .containsEntry("admitted", "9").containsEntry("unfilled", "6").containsEntry("fillRate", "0.60")
                .containsEntry("dropMaxScore", "700").containsEntry("dropMinScore", "669.5")
                .containsEntry("dropMinRank", "17").containsEntry("admittedMinRank", "17")
                .containsEntry("rejectedNotAdjustable", "2").containsEntry("rejectedQuotaFilled", "0")
                .containsEntry("adjusted", "2").containsEntry("adjustmentRate", "0.22")
                .containsEntry("admittedFirstChoice", "7").containsEntry("firstChoiceSatisfaction", "0.78");
        assertThat(unit(units, scenario.plan.institutionB)).containsEntry("planLineId", scenario.plan.bAny.toString())
                .containsEntry("dropped", "6").containsEntry("admitted", "5").containsEntry("rejectedQuotaFilled", "1")
                .containsEntry("dropMinScore", "685").containsEntry("admittedMinScore", "686")
                .containsEntry("dropMinRank", "13").containsEntry("admittedMinRank", "12")
                .containsEntry("admittedMeanScore", "688");
    }

    @Test
    void theCsvPagesHoldTheSameRowsAsTheJsonPages() {
        AdmissionStatisticsScenario scenario = new AdmissionStatisticsScenario(bootstrapServers);
        scenario.round(false);

        for (String level : LEVELS) {
            for (String separator : List.of(",", ";")) {
                assertThat(StatisticsPages.csv(TestTokens.operator(), "admissions", scenario.query(level), 2,
                        separator)).as(level).isEqualTo(scenario.figures(TestTokens.operator(), level));
            }
        }
    }

    @Test
    void aDryRunLeavesNoFiguresAndTheRoundThatFollowsDoes() {
        AdmissionStatisticsScenario scenario = new AdmissionStatisticsScenario(bootstrapServers);
        scenario.round(true);

        for (String level : LEVELS) {
            assertThat(scenario.figures(TestTokens.operator(), level)).as(level).isEmpty();
        }
        UUID round = scenario.round(false);
        assertThat(scenario.figures(TestTokens.operator(), "MAJOR")).hasSize(4)
                .allSatisfy(row -> assertThat(row).containsEntry("roundId", round.toString()));
    }

    @Test
    void aCopySyncsTheFiguresOfANewRoundByChangeVersionAndFindsNothingNewAfterwards() {
        AdmissionStatisticsScenario scenario = new AdmissionStatisticsScenario(bootstrapServers);
        long before = newestChangeVersion();

        scenario.round(false);
        long after = newestChangeVersion();

        for (String level : LEVELS) {
            List<Map<String, String>> all = scenario.figures(TestTokens.operator(), level);
            List<Map<String, String>> synced = sync(scenario, level, before + 1, after);
            assertThat(synced).as(level).isEqualTo(all).isNotEmpty();
            assertThat(synced).allSatisfy(row -> assertThat(Long.parseLong(row.get("changeVersion")))
                    .isBetween(before + 1, after));
            assertThat(sync(scenario, level, after + 1, null)).as(level).isEmpty();
            assertThat(sync(scenario, level, 0, before)).as(level).isEmpty();
        }
    }

    @Test
    void badParametersAreRefusedWithStableCodes() {
        Map<String, String> invalid = new LinkedHashMap<>();
        invalid.put("level", "SCHOOL");
        invalid.put("minChangeVersion", "-1");
        invalid.put("maxChangeVersion", "ten");
        invalid.put("intakeYear", "1999");
        invalid.put("limit", "501");
        for (Map.Entry<String, String> parameter : invalid.entrySet()) {
            assertProblem(given().auth().oauth2(TestTokens.operator()).queryParam(parameter.getKey(),
                            parameter.getValue()).get("/api/v1/statistics/admissions").then().extract(), 400,
                    "VALIDATION_FAILED");
        }
        assertProblem(given().auth().oauth2(TestTokens.operator()).queryParam("minChangeVersion", 9)
                .queryParam("maxChangeVersion", 3).get("/api/v1/statistics/admissions").then().extract(), 400,
                "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(TestTokens.operator()).accept("text/csv").queryParam("separator", "|")
                .get("/api/v1/statistics/admissions").then().extract(), 400, "VALIDATION_FAILED");
        assertProblem(given().auth().oauth2(TestTokens.operator()).queryParam("cursor", "bm90LWEtY3Vyc29y")
                .get("/api/v1/statistics/admissions").then().extract(), 400, "INVALID_CURSOR");
    }

    private static List<Map<String, String>> sync(AdmissionStatisticsScenario scenario, String level, long min,
                                                  Long max) {
        Map<String, Object> query = new HashMap<>(scenario.query(level));
        query.put("minChangeVersion", min);
        if (max != null) {
            query.put("maxChangeVersion", max);
        }
        return StatisticsPages.json(TestTokens.operator(), "admissions", query, 2);
    }

    private static long newestChangeVersion() {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/changes/available").then().statusCode(200)
                .extract().jsonPath().getLong("newestChangeVersion");
    }

    private static List<Map<String, String>> withoutChangeVersion(List<Map<String, String>> rows) {
        return rows.stream().map(row -> {
            Map<String, String> copy = new LinkedHashMap<>(row);
            assertThat(copy.remove("changeVersion")).matches("\\d+");
            return (Map<String, String>) copy;
        }).toList();
    }

    static Map<String, String> unit(List<Map<String, String>> rows, UUID institution) {
        return rows.stream().filter(r -> institution.toString().equals(r.get("unitId"))).findFirst().orElseThrow();
    }
}
