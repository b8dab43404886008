package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The CSV form of the statistics: what a spreadsheet needs to open it as it is, and the same pages as JSON. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StatisticsCsvTest {

    static final String PLAN_HEADER = "planLineId;agreementId;programId;institutionId;intakeYear;planProvince;"
            + "sourceProvince;batch;planType;lineStatus;seats;applications;applicationsPerSeat;suppressed";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    StatisticsScenario scenario;

    @BeforeEach
    void aPlanOfEightLines() {
        scenario = new StatisticsScenario(bootstrapServers);
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkAHeaderRowAndTheChosenSeparator() {
        Response response = csv("text/csv", Map.of("separator", ";"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
        assertThat(response.header("Content-Disposition")).isEqualTo("attachment; filename=\"plan-vs-applications.csv\"");
        byte[] body = response.asByteArray();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(body, StandardCharsets.UTF_8).substring(1).split("\r\n"));
        assertThat(lines).hasSize(9).first().isEqualTo(PLAN_HEADER);
        assertThat(lines.subList(1, 9)).allSatisfy(line -> assertThat(line.split(";", -1)).hasSize(14));
    }

    @Test
    void theSeparatorIsACommaByDefault() {
        String body = csv("text/csv", Map.of()).asString();

        assertThat(body).startsWith("\uFEFF" + PLAN_HEADER.replace(';', ',') + "\r\n");
    }

    @Test
    void jsonIsServedUnlessTheClientPrefersCsv() {
        assertThat(csv("*/*", Map.of()).contentType()).startsWith("application/json");
        assertThat(csv("text/csv;q=0.5, application/json", Map.of()).contentType()).startsWith("application/json");
        assertThat(csv("application/json;q=0.5, text/csv", Map.of()).contentType()).startsWith("text/csv");
        assertThat(given().auth().oauth2(TestTokens.operator()).queryParam("intakeYear", scenario.year)
                .get("/api/v1/statistics/plan-vs-applications").contentType()).startsWith("application/json");
    }

    @Test
    void csvPagesLinkToTheNextPageAndTogetherEqualTheJsonPages() {
        Response first = csv("text/csv", Map.of("limit", 3));

        assertThat(first.header("Link")).matches("<http://[^>]+/api/v1/statistics/plan-vs-applications\\?.*cursor=.+>;"
                + "\\s*rel=\"next\"");
        assertThat(first.asString().split("\r\n")).hasSize(4);
        Map<String, Object> query = Map.of("intakeYear", scenario.year);
        assertThat(StatisticsPages.csv(TestTokens.operator(), "plan-vs-applications", query, 3, ","))
                .hasSize(8).isEqualTo(StatisticsPages.json(TestTokens.operator(), "plan-vs-applications", query, 3));
        assertThat(csv("text/csv", Map.of("limit", 8)).header("Link")).isNull();
    }

    private Response csv(String accept, Map<String, Object> query) {
        return given().auth().oauth2(TestTokens.operator()).accept(accept).queryParam("intakeYear", scenario.year)
                .queryParams(query).get("/api/v1/statistics/plan-vs-applications");
    }
}
