package org.jjjpark.agreement;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.agreement.repository.ReplicatedPartnerRepository;
import org.jjjpark.agreement.repository.ReplicatedProgramRepository;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventType;
import org.jjjpark.events.Topics;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.events.partner.PartnerRegistered;
import org.jjjpark.events.partner.PartnerUpdated;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramWithdrawn;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/** The replica of partners and programs, fed through the real broker exactly as partner-service publishes. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class PartnerEventsTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ReplicatedPartnerRepository partners;

    @Inject
    ReplicatedProgramRepository programs;

    @Test
    void aRegisteredPartnerAndItsProgramCanTakePartInAnAgreementOnceTheirEventsArrived() {
        UUID university = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        UUID park = Replica.park();

        publish(EventCatalog.PARTNER_REGISTERED, university, university, registered(university, 0, "110000"));
        publish(EventCatalog.PROGRAM_OFFERED, university, program, offered(program, university, 0));
        awaitProgram(program);

        assertThat(partner(university).nameEn).isEqualTo("Beijing Institute of Technology");
        assertThat(partner(university).regionCode).isEqualTo("110000");
        assertThat(program(program).catalogueCode).isEqualTo("080717T");
        AgreementApi.draft(Drafts.coConstruction(park, university, program)).statusCode(201);
    }

    @Test
    void replayingEveryEventChangesNothing() {
        UUID university = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        List<String> messages = new ArrayList<>(List.of(
                message(EventCatalog.PARTNER_REGISTERED, university, registered(university, 0, "110000")),
                message(EventCatalog.PARTNER_UPDATED, university, new PartnerUpdated(university, 1, "UNIVERSITY",
                        "北京理工大学", "Beijing Institute of Technology", "10007", "110108", "ACTIVE")),
                message(EventCatalog.PROGRAM_OFFERED, program, offered(program, university, 0)),
                message(EventCatalog.PROGRAM_WITHDRAWN, program, new ProgramWithdrawn(program, university, 1))));
        messages.forEach(m -> probe().send(Topics.PARTNER_EVENTS, university.toString(), m));
        awaitProgram(program);
        await().atMost(Duration.ofSeconds(20)).until(() -> "WITHDRAWN".equals(program(program).status));
        ReplicatedPartner partnerBefore = partner(university);
        ReplicatedProgram programBefore = program(program);

        // The same records again (the inbox knows their ids), the same changes published anew (their versions are
        // not newer), then a marker behind them on the same partition: once it is applied, so are they.
        messages.forEach(m -> probe().send(Topics.PARTNER_EVENTS, university.toString(), m));
        publish(EventCatalog.PARTNER_REGISTERED, university, university, registered(university, 0, "120000"));
        publish(EventCatalog.PROGRAM_OFFERED, university, program, offered(program, university, 1));
        UUID marker = UUID.randomUUID();
        publish(EventCatalog.PROGRAM_OFFERED, university, marker, offered(marker, university, 0));
        awaitProgram(marker);

        ReplicatedPartner partnerAfter = partner(university);
        ReplicatedProgram programAfter = program(program);
        assertThat(partnerAfter).usingRecursiveComparison().isEqualTo(partnerBefore);
        assertThat(programAfter).usingRecursiveComparison().isEqualTo(programBefore);
        assertThat(partnerAfter.regionCode).isEqualTo("110108");
    }

    @Test
    void anOlderEventArrivingLateIsIgnoredSoADeactivationStands() {
        UUID university = UUID.randomUUID();
        UUID program = UUID.randomUUID();

        // Redelivered out of order, e.g. after a consumer restart mid-batch: the newest version must win.
        publish(EventCatalog.PARTNER_DEACTIVATED, university, university, new PartnerDeactivated(university, 2));
        publish(EventCatalog.PROGRAM_WITHDRAWN, university, program, new ProgramWithdrawn(program, university, 1));
        publish(EventCatalog.PARTNER_REGISTERED, university, university, registered(university, 0, "110000"));
        publish(EventCatalog.PROGRAM_OFFERED, university, program, offered(program, university, 0));
        UUID marker = UUID.randomUUID();
        publish(EventCatalog.PROGRAM_OFFERED, university, marker, offered(marker, university, 0));
        awaitProgram(marker);

        assertThat(partner(university).status).isEqualTo("INACTIVE");
        assertThat(partner(university).sourceVersion).isEqualTo(2);
        assertThat(program(program).status).isEqualTo("WITHDRAWN");
        AgreementApi.draft(Drafts.internshipBase(Replica.park(), university)).statusCode(422)
                .body("code", equalTo("PARTY_INACTIVE"));
    }

    @Test
    void aMessageThatCannotBeReadGoesToTheDeadLetterTopicAndTheNextOneIsApplied() {
        UUID university = UUID.randomUUID();
        probe().send(Topics.PARTNER_EVENTS, university.toString(), "{\"this is\": \"not an event\"}");
        publish(EventCatalog.PARTNER_REGISTERED, university, university, registered(university, 0, "130000"));

        await().atMost(Duration.ofSeconds(20)).until(() -> partner(university) != null);
        var dead = probe().read(Topics.deadLetterTopicOf(Topics.PARTNER_EVENTS),
                r -> university.toString().equals(r.key()), 1, Duration.ofSeconds(20));
        assertThat(dead).hasSize(1);
        assertThat(TopicProbe.header(dead.get(0), "dead-letter-reason")).contains("envelope");
    }

    private static PartnerRegistered registered(UUID id, long version, String region) {
        return new PartnerRegistered(id, version, "UNIVERSITY", "北京理工大学", "Beijing Institute of Technology",
                "10007", region, "ACTIVE");
    }

    private static ProgramOffered offered(UUID program, UUID institution, long version) {
        return new ProgramOffered(program, institution, version, "080717T", "人工智能", "Artificial Intelligence",
                "ENGINEERING", 4, "Gu'an campus", List.of("PHYSICS"), "OFFERED");
    }

    /** Publishes like partner-service: keyed by the partner, so one partner's events keep their order. */
    private <T> void publish(EventType<T> type, UUID partner, UUID subject, T payload) {
        probe().send(Topics.PARTNER_EVENTS, partner.toString(), message(type, subject, payload));
    }

    private static <T> String message(EventType<T> type, UUID subject, T payload) {
        return EventCodec.toJson(EventCodec.envelope(UUID.randomUUID(), "partner-service", type, subject.toString(),
                payload));
    }

    private void awaitProgram(UUID id) {
        await().atMost(Duration.ofSeconds(20)).until(() -> program(id) != null);
    }

    private ReplicatedPartner partner(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> partners.findById(id));
    }

    private ReplicatedProgram program(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> programs.findById(id));
    }

    private TopicProbe probe() {
        return new TopicProbe(bootstrapServers);
    }
}
