package org.jjjpark.enrollment;

import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventType;
import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementParty;
import org.jjjpark.events.agreement.AgreementTerminated;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.testkit.TopicProbe;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Publishes the events partner-service and agreement-service would publish, through the real broker, so tests
 * drive this service's replicas exactly as production does.
 */
public final class UpstreamEvents {

    private final TopicProbe topics;

    public UpstreamEvents(String bootstrapServers) {
        this.topics = new TopicProbe(bootstrapServers);
    }

    /** The message as a producer would write it; checked against its schema so a test cannot send poison by mistake. */
    public static <T> String envelope(EventType<T> type, String subject, T payload) {
        String message = EventCodec.toJson(EventCodec.envelope(UUID.randomUUID(), "test-upstream", type, subject,
                payload));
        EventCodec.decode(message);
        return message;
    }

    /** A program of a new institution, offered with the given subject requirements; returns its id. */
    public UUID programOffered(UUID institution, List<String> subjectRequirements) {
        UUID program = UUID.randomUUID();
        topics.send(EventCatalog.PROGRAM_OFFERED.topic(), institution.toString(),
                envelope(EventCatalog.PROGRAM_OFFERED, program.toString(), new ProgramOffered(program, institution,
                        0, "080717T", "人工智能", "Artificial Intelligence", "ENGINEERING", 4, "Gu'an campus",
                        subjectRequirements, "OFFERED")));
        return program;
    }

    public void activated(UUID agreement, long version, List<SeatAllocation> allocations) {
        send(agreement, EventCatalog.AGREEMENT_ACTIVATED, new AgreementActivated(agreement, version,
                "CO_CONSTRUCTION", List.of(new AgreementParty(UUID.randomUUID(), "PARK"),
                        new AgreementParty(UUID.randomUUID(), "UNIVERSITY")), LocalDate.of(2024, 2, 21),
                LocalDate.of(2034, 2, 20), 1, allocations));
    }

    public void amended(UUID agreement, long version, List<SeatAllocation> allocations) {
        send(agreement, EventCatalog.AGREEMENT_AMENDED, new AgreementAmended(agreement, version, 2, allocations));
    }

    public void terminated(UUID agreement, long version) {
        send(agreement, EventCatalog.AGREEMENT_TERMINATED,
                new AgreementTerminated(agreement, version, OffsetDateTime.now()));
    }

    /** Sends one exact message again, as a redelivery would. */
    public void sendRaw(String topic, String key, String message) {
        topics.send(topic, key, message);
    }

    private <T> void send(UUID agreement, EventType<T> type, T payload) {
        topics.send(type.topic(), agreement.toString(), envelope(type, agreement.toString(), payload));
    }
}
