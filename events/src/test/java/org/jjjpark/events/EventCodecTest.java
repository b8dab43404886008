package org.jjjpark.events;

import org.jjjpark.events.partner.PartnerDeactivated;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Incoming messages are untrusted: each kind of poison is refused with a reason a dead-letter reader understands. */
class EventCodecTest {

    private static String validMessage() {
        return EventCodec.toJson(EventCodec.envelope(UUID.randomUUID(), "partner-service",
                EventCatalog.PARTNER_DEACTIVATED, "p-1", new PartnerDeactivated(UUID.randomUUID(), 3)));
    }

    @Test
    void brokenJsonIsRefusedAsNotJson() {
        assertThatThrownBy(() -> EventCodec.decode("{\"id\": "))
                .isInstanceOf(InvalidEventException.class).hasMessageStartingWith("not JSON");
    }

    @Test
    void otherSpecVersionIsRefused() {
        String message = validMessage().replace("\"specversion\":\"1.0\"", "\"specversion\":\"0.3\"");
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("envelope");
    }

    @Test
    void unknownTypeIsRefused() {
        String message = validMessage().replace("PartnerDeactivated.v1", "PartnerExploded.v1");
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("unknown event type");
    }

    @Test
    void dataViolatingItsSchemaIsRefused() {
        String message = validMessage().replace("\"version\":3", "\"version\":-1");
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("PartnerDeactivated.v1");
    }

    @Test
    void oversizeMessageIsRefusedBeforeParsing() {
        String message = "{\"pad\":\"" + "x".repeat(EventCodec.MAX_MESSAGE_BYTES) + "\"}";
        assertThatThrownBy(() -> EventCodec.decode(message))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("exceeds");
    }
}
