package org.jjjpark.enrollment;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The change feed as an integrating system uses it: a copy kept from the feeds alone equals the service's own
 * state, deletions included, and a commission receives the rows of its own province only.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ChangeFeedTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    AdmissionScenario scenario;

    /** A candidate of this test, with what the natural key needs. */
    record Applicant(UUID id, String examNumber, String province) {
    }

    @BeforeEach
    void aYearOpenToHebeiAndBeijingApplicants() {
        scenario = new AdmissionScenario(bootstrapServers, 3, 2);
        scenario.setRules(AdmissionScenario.BEIJING, Fixtures.openWindow(3, 2));
    }

    @Test
    void aCopySyncedInSmallPagesBetweenRandomSubmitsChangesWithdrawalsAndErasuresEqualsTheService() {
        Random random = new Random(20260628);
        List<Applicant> applicants = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            applicants.add(applicant(i < 6 ? AdmissionScenario.HEBEI : AdmissionScenario.BEIJING));
        }
        ChangeFeedReplica copy = new ChangeFeedReplica(TestTokens.operator(), 3);
        Map<String, Integer> actions = new HashMap<>();

        for (int step = 1; step <= 80; step++) {
            actions.merge(act(random, applicants.get(random.nextInt(applicants.size()))), 1, Integer::sum);
            if (step % 9 == 0) {
                copy.sync();
            }
        }
        copy.sync();

        assertThat(actions).containsOnlyKeys("submit", "change", "withdraw", "erase");
        assertThat(copy.ofYear(scenario.year)).isEqualTo(state(applicants));
        assertThat(copy.deletesReceived()).filteredOn(d -> yearOf(d) == scenario.year)
                .hasSize(actions.get("erase"));
    }

    @Test
    void aBeijingCommissionNeverReceivesAHebeiRowInEitherFeedNorHebeiABeijingOne() {
        Map<String, String> kept = new HashMap<>();
        Map<String, String> erased = new HashMap<>();
        for (String province : List.of(AdmissionScenario.HEBEI, AdmissionScenario.BEIJING)) {
            erased.put(province, submitted(applicant(province)));
            Applications.erase(erased.get(province)).statusCode(204);
            kept.put(province, submitted(applicant(province)));
        }

        for (String province : List.of(AdmissionScenario.HEBEI, AdmissionScenario.BEIJING)) {
            ChangeFeedReplica copy = new ChangeFeedReplica(TestTokens.commission(province), 50);
            copy.sync();

            assertThat(copy.changesReceived()).isNotEmpty().allMatch(c -> provinceOf(c).equals(province));
            assertThat(copy.deletesReceived()).isNotEmpty().allMatch(d -> provinceOf(d).equals(province));
            assertThat(copy.ofYear(scenario.year)).containsOnlyKeys(kept.get(province));
            assertThat(copy.deletesReceived()).extracting(d -> d.get("id")).contains(erased.get(province));
        }
    }

    @Test
    void everySubmitChangeAndWithdrawalMovesTheApplicationToANewerChangeVersion() {
        Applicant applicant = applicant(AdmissionScenario.HEBEI);
        ChangeFeedReplica copy = new ChangeFeedReplica(TestTokens.operator(), 50);
        String id = submitted(applicant);
        copy.sync();
        long submittedAt = copy.versionOf(id);

        Applications.change(applicant.id(), id, 0, List.of(Applications.choice(false, scenario.bAny)))
                .statusCode(200);
        copy.sync();
        long changedAt = copy.versionOf(id);
        Applications.withdraw(applicant.id(), id).statusCode(200);
        copy.sync();

        assertThat(changedAt).isGreaterThan(submittedAt);
        assertThat(copy.versionOf(id)).isGreaterThan(changedAt);
        assertThat(copy.ofYear(scenario.year).get(id).status()).isEqualTo("WITHDRAWN");
    }

    /** One random step of the applicant's (or an operator's) life; returns what it did. */
    private String act(Random random, Applicant applicant) {
        List<Map<String, Object>> own = Applications.of(applicant.id());
        Map<String, Object> active = own.stream().filter(a -> "SUBMITTED".equals(a.get("status"))).findFirst()
                .orElse(null);
        int roll = random.nextInt(10);
        if (!own.isEmpty() && (roll >= 8 || active == null && roll >= 6)) {
            Applications.erase((String) own.get(random.nextInt(own.size())).get("id")).statusCode(204);
            return "erase";
        }
        if (active == null) {
            Applications.submit(applicant.id(), choices(random, applicant.province())).statusCode(201);
            return "submit";
        }
        String id = (String) active.get("id");
        if (roll < 5) {
            Applications.change(applicant.id(), id, ((Number) active.get("version")).longValue(),
                    choices(random, applicant.province())).statusCode(200);
            return "change";
        }
        Applications.withdraw(applicant.id(), id).statusCode(200);
        return "withdraw";
    }

    /** A valid list: Hebei's two institutions in either order, A with one or two majors; Beijing's one line. */
    private List<Map<String, Object>> choices(Random random, String province) {
        if (province.equals(AdmissionScenario.BEIJING)) {
            return List.of(Applications.choice(random.nextBoolean(), scenario.aPhysicsForBeijing));
        }
        List<UUID> majorsOfA = new ArrayList<>(List.of(scenario.aPhysics, scenario.aAny));
        Collections.shuffle(majorsOfA, random);
        Map<String, Object> a = Applications.choice(random.nextBoolean(),
                majorsOfA.subList(0, 1 + random.nextInt(2)).toArray(UUID[]::new));
        Map<String, Object> b = Applications.choice(random.nextBoolean(), scenario.bAny);
        return switch (random.nextInt(4)) {
            case 0 -> List.of(a);
            case 1 -> List.of(b);
            case 2 -> List.of(a, b);
            default -> List.of(b, a);
        };
    }

    /** The service's own state of the applicants' applications, as they read it, in the copy's terms. */
    private Map<String, ChangeFeedReplica.Copy> state(List<Applicant> applicants) {
        Map<String, ChangeFeedReplica.Copy> state = new HashMap<>();
        for (Applicant applicant : applicants) {
            for (Map<String, Object> a : Applications.of(applicant.id())) {
                ChangeFeedReplica.Key key = new ChangeFeedReplica.Key((Integer) a.get("intakeYear"),
                        (String) a.get("sourceProvince"), (String) a.get("batch"), applicant.examNumber(),
                        ChangeFeedReplica.instant(a.get("createdAt")));
                @SuppressWarnings("unchecked")
                List<Object> choices = (List<Object>) a.get("choices");
                state.put((String) a.get("id"), new ChangeFeedReplica.Copy(key, (String) a.get("status"), choices,
                        ChangeFeedReplica.instant(a.get("updatedAt"))));
            }
        }
        return state;
    }

    private Applicant applicant(String province) {
        Map<String, Object> record = Candidates.record();
        return new Applicant(Candidates.registered(province, scenario.year, record),
                (String) record.get("examNumber"), province);
    }

    private String submitted(Applicant applicant) {
        UUID line = applicant.province().equals(AdmissionScenario.BEIJING) ? scenario.aPhysicsForBeijing
                : scenario.aPhysics;
        return Applications.submit(applicant.id(), List.of(Applications.choice(true, line))).statusCode(201)
                .extract().path("id");
    }

    @SuppressWarnings("unchecked")
    private static String provinceOf(Map<String, Object> row) {
        return (String) ((Map<String, Object>) row.get("key")).get("sourceProvince");
    }

    @SuppressWarnings("unchecked")
    private static int yearOf(Map<String, Object> row) {
        return (Integer) ((Map<String, Object>) row.get("key")).get("intakeYear");
    }
}
