package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.enrollment.AdmissionStatisticsTest.unit;

/**
 * DOMAIN.md Privacy on the admission statistics: another province's commission sees a figure only where the
 * applicants it rests on number 5 or more, and never the scores of a smaller group (the lowest score of two
 * admitted is one applicant's score); its own province it sees in full; applicants see nothing.
 * {@link AdmissionStatisticsScenario} explains the Hebei round.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AdmissionStatisticsAccessTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionStatisticsScenario scenario;

    @BeforeEach
    void aCompletedHebeiRound() {
        scenario = new AdmissionStatisticsScenario(bootstrapServers);
        scenario.round(false);
    }

    @Test
    void anotherProvincesCommissionSeesOnlyFiguresOfFiveOrMoreApplicants() {
        String beijing = TestTokens.commission(AdmissionScenario.BEIJING);
        List<Map<String, String>> units = scenario.figures(beijing, "UNIT");
        List<Map<String, String>> majors = scenario.figures(beijing, "MAJOR");

        assertThat(unit(units, scenario.plan.institutionA)).containsEntry("suppressed", "true")
                .containsEntry("dropped", "11").containsEntry("dropMinScore", "669.5")
                .containsEntry("admitted", "9").containsEntry("admittedMinRank", "17")
                .as("2 rejected, 2 adjusted, 2 not admitted to their first choice: each too few")
                .doesNotContainKeys("rejectedNotAdjustable", "rejectedQuotaFilled", "rejectedNoEligibleSeat",
                        "adjusted", "adjustmentRate", "admittedFirstChoice", "firstChoiceSatisfaction");
        assertThat(unit(units, scenario.plan.institutionB)).containsEntry("admitted", "5")
                .containsEntry("admittedMinScore", "686").doesNotContainKey("rejectedQuotaFilled");
        assertThat(major(majors, scenario.plan.aAny)).as("4 admitted: their count, scores and rank are withheld")
                .containsEntry("quota", "5").containsEntry("suppressed", "true")
                .doesNotContainKeys("admitted", "fillRate", "unfilled", "admittedMaxScore", "admittedMinScore",
                        "admittedMeanScore", "admittedMinRank", "adjusted", "adjustmentRate");
        assertThat(major(majors, scenario.plan.aHistory)).as("nobody admitted: 0 is under 5 too")
                .containsEntry("quota", "5").doesNotContainKeys("admitted", "unfilled");
        assertThat(major(majors, scenario.plan.aPhysics)).containsEntry("admitted", "5")
                .containsEntry("admittedMinScore", "696").containsEntry("fillRate", "1.00");
        assertThat(StatisticsPages.csv(beijing, "admissions", scenario.query("MAJOR"), 50, ";")).isEqualTo(majors);
    }

    @Test
    void aCommissionSeesItsOwnProvinceInFullAsOperatorsDo() {
        for (String level : List.of("ROUND", "UNIT", "MAJOR")) {
            List<Map<String, String>> own = scenario.figures(TestTokens.commission(AdmissionScenario.HEBEI), level);

            assertThat(own).as(level).isEqualTo(scenario.figures(TestTokens.operator(), level))
                    .allSatisfy(row -> assertThat(row).containsEntry("suppressed", "false"));
        }
    }

    @Test
    void applicantsAndPartnersMayNotReadThemAndNothingInThemPointsAtAnApplicant() {
        given().auth().oauth2(TestTokens.applicant(scenario.candidates.get(0))).get("/api/v1/statistics/admissions")
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner(scenario.plan.institutionA)).get("/api/v1/statistics/admissions")
                .then().statusCode(403);
        given().get("/api/v1/statistics/admissions").then().statusCode(401);

        for (String accept : List.of("application/json", "text/csv")) {
            String body = given().auth().oauth2(TestTokens.operator()).accept(accept)
                    .queryParam("intakeYear", scenario.plan.year).queryParam("level", "MAJOR")
                    .get("/api/v1/statistics/admissions").then().statusCode(200).extract().asString();
            assertThat(body).doesNotContain(scenario.candidates.stream().map(UUID::toString).toList())
                    .doesNotContain(scenario.applications).doesNotContain("张三", "110105");
        }
    }

    private static Map<String, String> major(List<Map<String, String>> rows, UUID line) {
        return rows.stream().filter(r -> line.toString().equals(r.get("planLineId"))).findFirst().orElseThrow();
    }
}
