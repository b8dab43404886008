package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.jjjpark.enrollment.StatisticsScenario.BEIJING;
import static org.jjjpark.enrollment.StatisticsScenario.HEBEI;

/**
 * The statistics say what the applications say. A year of applications from two provinces over three days, with
 * changes of the first choice, withdrawals and a new application after one, is recounted from the raw rows and
 * compared with every statistic, as JSON and as CSV, through pages small enough to need cursors.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class StatisticsTest {

    /** Compares the sort keys of two rows as the service sorts them (every key sorts as its text). */
    static final Comparator<List<String>> SORT_KEY_ORDER = (a, b) -> {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return 0;
    };

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    DataSource database;

    final String operator = TestTokens.operator();
    StatisticsScenario scenario;

    @BeforeEach
    void threeDaysOfApplicationsFromHebeiAndBeijing() {
        scenario = new StatisticsScenario(bootstrapServers);
        StatisticsScenario s = scenario;

        StatisticsScenario.movedAhead(0);
        UUID[] hebei = new UUID[11];
        String[] hebeiApplications = new String[11];
        for (int i = 0; i < 6; i++) {
            hebei[i] = s.candidate(HEBEI);
            hebeiApplications[i] = s.submit(hebei[i], List.of(s.hebeiAAny), List.of(s.hebeiB));
        }
        hebei[6] = s.candidate(HEBEI);
        s.submit(hebei[6], List.of(s.hebeiB), List.of(s.hebeiAPhysics), List.of(s.hebeiBOrderClass));
        hebei[7] = s.candidate(HEBEI);
        s.submit(hebei[7], List.of(s.hebeiAPhysics), List.of(s.hebeiAAny));

        StatisticsScenario.movedAhead(1);
        for (int i = 8; i < 10; i++) {
            hebei[i] = s.candidate(HEBEI);
            s.submit(hebei[i], List.of(s.hebeiB), List.of(s.hebeiAAny));
        }
        s.change(hebei[0], hebeiApplications[0], List.of(s.hebeiAPhysics), List.of(s.hebeiAAny),
                List.of(s.hebeiBOrderClass));
        s.withdraw(hebei[1], hebeiApplications[1]);
        UUID[] beijing = new UUID[4];
        String[] beijingApplications = new String[4];
        for (int i = 0; i < 3; i++) {
            beijing[i] = s.candidate(BEIJING);
            beijingApplications[i] = s.submit(beijing[i], List.of(s.beijingAPhysics, s.beijingAAny),
                    List.of(s.beijingB));
        }
        beijing[3] = s.candidate(BEIJING);
        beijingApplications[3] = s.submit(beijing[3], List.of(s.beijingB), List.of(s.beijingAAny));

        StatisticsScenario.movedAhead(2);
        s.submit(hebei[1], List.of(s.hebeiBOrderClass), List.of(s.hebeiAAny));
        s.change(beijing[3], beijingApplications[3], List.of(s.beijingAAny, s.beijingAPhysics));
        s.withdraw(beijing[2], beijingApplications[2]);
        hebei[10] = s.candidate(HEBEI);
        s.submit(hebei[10], List.of(s.hebeiAAny));
    }

    @Test
    void applicationsByDayAndTheirRunningTotalsMatchTheRawRows() {
        List<Map<String, String>> expected = oracle().dailyApplications();
        assertThat(expected.stream().map(r -> r.get("submittedOn")).distinct()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(expected).extracting(r -> r.get("status")).contains("WITHDRAWN");

        List<Map<String, String>> json = StatisticsPages.json(operator, "applications-by-day",
                Map.of("intakeYear", scenario.year), 4);

        assertThat(json).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(StatisticsPages.keys(json, "sourceProvince", "batch", "planLineId", "status", "submittedOn"))
                .isSortedAccordingTo(SORT_KEY_ORDER);
        assertThat(StatisticsPages.csv(operator, "applications-by-day", Map.of("intakeYear", scenario.year), 5, ","))
                .isEqualTo(json);
    }

    @Test
    void firstChoiceDemandPerProgramAndPerInstitutionMatchesTheRawRows() {
        StatisticsOracle oracle = oracle();

        List<Map<String, String>> programs = StatisticsPages.json(operator, "first-choice-demand",
                Map.of("intakeYear", scenario.year), 3);
        List<Map<String, String>> institutions = StatisticsPages.json(operator, "first-choice-demand",
                Map.of("intakeYear", scenario.year, "level", "INSTITUTION"), 2);

        assertThat(programs).containsExactlyInAnyOrderElementsOf(oracle.firstChoiceByProgram());
        assertThat(StatisticsPages.keys(programs, "sourceProvince", "batch", "planLineId"))
                .isSortedAccordingTo(SORT_KEY_ORDER);
        assertThat(institutions).containsExactlyInAnyOrderElementsOf(oracle.firstChoiceByInstitution());
        assertThat(StatisticsPages.keys(institutions, "sourceProvince", "batch", "institutionId"))
                .isSortedAccordingTo(SORT_KEY_ORDER);
        assertThat(StatisticsPages.csv(operator, "first-choice-demand", Map.of("intakeYear", scenario.year,
                "level", "INSTITUTION"), 2, ";")).isEqualTo(institutions);
    }

    @Test
    void planAgainstApplicationsMatchesTheRawRows() {
        List<Map<String, String>> json = StatisticsPages.json(operator, "plan-vs-applications",
                Map.of("intakeYear", scenario.year), 3);

        assertThat(json).containsExactlyInAnyOrderElementsOf(oracle().planVsApplications());
        assertThat(json).anySatisfy(row -> assertThat(row).containsEntry("lineStatus", "CLOSED")
                .containsEntry("seats", "0").doesNotContainKey("applicationsPerSeat"));
        assertThat(StatisticsPages.csv(operator, "plan-vs-applications", Map.of("intakeYear", scenario.year), 500,
                ";")).isEqualTo(json);
    }

    @Test
    void seatsByAgreementMatchThePlanLines() {
        List<Map<String, String>> json = StatisticsPages.json(operator, "seats-by-agreement",
                Map.of("intakeYear", scenario.year), 2);

        assertThat(json).containsExactlyInAnyOrderElementsOf(oracle().seatsByAgreement());
        assertThat(StatisticsPages.keys(json, "agreementId", "intakeYear", "planProvince", "sourceProvince", "batch",
                "planType")).isSortedAccordingTo(SORT_KEY_ORDER);
        assertThat(StatisticsPages.csv(operator, "seats-by-agreement", Map.of("intakeYear", scenario.year), 2, ","))
                .isEqualTo(json);
    }

    @Test
    void filtersSelectRowsWithoutChangingTheirFigures() {
        StatisticsOracle oracle = oracle();
        List<Map<String, String>> daily = oracle.dailyApplications();
        String secondDay = daily.stream().map(r -> r.get("submittedOn")).distinct().sorted().toList().get(1);

        assertThat(StatisticsPages.json(operator, "applications-by-day", Map.of("intakeYear", scenario.year,
                "from", secondDay, "to", secondDay), 50))
                .as("running totals still count the days before the range")
                .containsExactlyInAnyOrderElementsOf(daily.stream()
                        .filter(r -> r.get("submittedOn").equals(secondDay)).toList());
        assertThat(StatisticsPages.json(operator, "applications-by-day", Map.of("intakeYear", scenario.year,
                "status", "WITHDRAWN", "sourceProvince", BEIJING), 50))
                .containsExactlyInAnyOrderElementsOf(daily.stream().filter(r -> r.get("status").equals("WITHDRAWN")
                        && r.get("sourceProvince").equals(BEIJING)).toList());
        assertThat(StatisticsPages.json(operator, "applications-by-day", Map.of("intakeYear", scenario.year,
                "agreementId", scenario.orderClassAgreement.toString()), 50))
                .containsExactlyInAnyOrderElementsOf(daily.stream()
                        .filter(r -> r.get("planLineId").equals(scenario.hebeiBOrderClass.toString())).toList());
        assertThat(StatisticsPages.json(operator, "first-choice-demand", Map.of("intakeYear", scenario.year,
                "institutionId", scenario.institutionB.toString()), 50))
                .containsExactlyInAnyOrderElementsOf(oracle.firstChoiceByProgram().stream()
                        .filter(r -> r.get("institutionId").equals(scenario.institutionB.toString())).toList());
        assertThat(StatisticsPages.json(operator, "plan-vs-applications", Map.of("intakeYear", scenario.year,
                "planType", "ORDER_CLASS"), 50))
                .containsExactlyInAnyOrderElementsOf(oracle.planVsApplications().stream()
                        .filter(r -> r.get("planType").equals("ORDER_CLASS")).toList());
        assertThat(StatisticsPages.json(operator, "seats-by-agreement", Map.of("intakeYear", scenario.year,
                "agreementId", scenario.terminatedAgreement.toString()), 50))
                .containsExactly(Map.of("agreementId", scenario.terminatedAgreement.toString(),
                        "intakeYear", String.valueOf(scenario.year), "planProvince", BEIJING,
                        "sourceProvince", StatisticsScenario.TIANJIN, "batch", "UNDERGRADUATE", "planType", "GENERAL",
                        "openLines", "0", "closedLines", "1", "seats", "0"));
    }

    private StatisticsOracle oracle() {
        return StatisticsOracle.read(database, scenario.year);
    }
}
