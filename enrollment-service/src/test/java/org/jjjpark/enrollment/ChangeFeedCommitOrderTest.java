package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The commit-order pitfall: a version is drawn when a row is written but becomes visible at commit, so a write
 * holding a smaller version may commit after one holding a larger version was read. The available version
 * stays below every write still in progress, so a client continuing from it skips nothing.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ChangeFeedCommitOrderTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;

    @BeforeEach
    void aYearWithAPlan() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 2);
    }

    @Test
    void theAvailableVersionStaysBelowAWriteInProgressUntilItCommitsAndThenNothingIsSkipped() throws SQLException {
        String early = submitted();
        ChangeFeedReplica copy = new ChangeFeedReplica(TestTokens.operator(), 2);
        copy.sync();

        long heldVersion;
        String late;
        try (Connection writer = ServiceDatabase.connect()) {
            writer.setAutoCommit(false);
            heldVersion = touch(writer, early);
            late = submitted(); // a larger version, committed first
            assertThat(versionOf(late)).isGreaterThan(heldVersion);

            assertThat(available()).isLessThan(heldVersion);
            copy.sync();
            assertThat(copy.versionOf(late)).as("not served while a smaller version may still appear").isNull();
            assertThat(copy.versionOf(early)).isLessThan(heldVersion);

            writer.commit();
        }
        copy.sync();

        assertThat(copy.syncedTo()).isGreaterThanOrEqualTo(versionOf(late));
        assertThat(copy.versionOf(early)).isEqualTo(heldVersion);
        assertThat(copy.versionOf(late)).isEqualTo(versionOf(late));
    }

    @Test
    void theFeedServesNothingAboveTheAvailableVersionEvenWhenAskedFor() throws SQLException {
        String early = submitted();
        try (Connection writer = ServiceDatabase.connect()) {
            writer.setAutoCommit(false);
            long heldVersion = touch(writer, early);
            String late = submitted();

            JsonPath page = given().auth().oauth2(TestTokens.operator())
                    .queryParam("minChangeVersion", 0).queryParam("maxChangeVersion", Long.MAX_VALUE)
                    .queryParam("limit", 500).get("/api/v1/changes/applications").then().statusCode(200)
                    .extract().jsonPath();

            assertThat(page.getLong("maxChangeVersion")).isLessThan(heldVersion);
            assertThat(page.getList("items.changeVersion", Long.class)).allMatch(v -> v < heldVersion);
            assertThat(page.getList("items.id", String.class)).doesNotContain(late);
            writer.rollback();
        }
    }

    @Test
    void aWriteThatRollsBackHoldsTheAvailableVersionBackOnlyUntilItEnds() throws SQLException {
        String early = submitted();
        long heldVersion;
        try (Connection writer = ServiceDatabase.connect()) {
            writer.setAutoCommit(false);
            heldVersion = touch(writer, early);
            assertThat(available()).isLessThan(heldVersion);
            writer.rollback();
        }
        String late = submitted();

        assertThat(available()).isGreaterThanOrEqualTo(versionOf(late)).isGreaterThan(heldVersion);
    }

    /** A write through a path of its own, in the caller's open transaction; returns the version it drew. */
    private static long touch(Connection writer, String applicationId) throws SQLException {
        return ServiceDatabase.number(writer,
                "update application set updated_at = now() where id = ? returning change_version",
                UUID.fromString(applicationId));
    }

    private static long versionOf(String applicationId) throws SQLException {
        return ServiceDatabase.number("select change_version from application where id = ?",
                UUID.fromString(applicationId));
    }

    private static long available() {
        return given().auth().oauth2(TestTokens.operator()).get("/api/v1/changes/available").then().statusCode(200)
                .extract().jsonPath().getLong("newestChangeVersion");
    }

    private String submitted() {
        return Applications.submit(scenario.candidate(), List.of(Applications.choice(true, scenario.aPhysics)))
                .statusCode(201).extract().path("id");
    }
}
