package org.jjjpark.events;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event record must serialise to JSON its schema accepts, and the schema must be strict enough to matter. */
class EventSchemaTest {

    @Test
    void everyCatalogTypeHasAnExamplePayload() {
        assertThat(EventExamples.BY_TYPE.keySet()).containsExactlyInAnyOrderElementsOf(EventCatalog.ALL);
    }

    @TestFactory
    Stream<DynamicTest> recordJsonSatisfiesItsSchema() {
        return EventCatalog.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            Object example = EventExamples.BY_TYPE.get(type);
            assertThat(EventCodec.violations(type, EventCodec.payloadTree(example))).isEmpty();
        }));
    }

    @TestFactory
    Stream<DynamicTest> schemaRequiresEveryRecordComponent() {
        return EventCatalog.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            for (var component : type.payloadClass().getRecordComponents()) {
                ObjectNode data = (ObjectNode) EventCodec.payloadTree(EventExamples.BY_TYPE.get(type));
                data.remove(component.getName());
                assertThat(EventCodec.violations(type, data))
                        .as("schema of %s must require %s", type, component.getName())
                        .isNotEmpty();
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> schemaRefusesFieldsTheRecordDoesNotHave() {
        return EventCatalog.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            ObjectNode data = (ObjectNode) EventCodec.payloadTree(EventExamples.BY_TYPE.get(type));
            data.put("status", "APPROVED").put("injected", true);
            assertThat(EventCodec.violations(type, data)).isNotEmpty();
        }));
    }

    @Test
    void itemsOfNestedListsAreCheckedAsStrictlyAsTheTopLevel() {
        EventType<?> type = EventCatalog.AGREEMENT_ACTIVATED;
        ObjectNode data = (ObjectNode) EventCodec.payloadTree(EventExamples.BY_TYPE.get(type));
        ((ObjectNode) data.withArray("allocations").get(0)).put("seats", 0);
        ((ObjectNode) data.withArray("parties").get(0)).put("name", "Zhang San");

        assertThat(EventCodec.violations(type, data)).hasSize(2);
    }

    @TestFactory
    Stream<DynamicTest> envelopeRoundTripsThroughJson() {
        return EventCatalog.ALL.stream().map(type -> DynamicTest.dynamicTest(type.name(), () -> {
            roundTrip(type);
        }));
    }

    private static <T> void roundTrip(EventType<T> type) {
        T payload = type.payloadClass().cast(EventExamples.BY_TYPE.get(type));
        EventEnvelope sent = EventCodec.envelope(UUID.randomUUID(), "partner-service", type, "subject-1", payload);

        EventEnvelope received = EventCodec.decode(EventCodec.toJson(sent));

        assertThat(received.id()).isEqualTo(sent.id());
        assertThat(received.type()).isEqualTo(type.name());
        assertThat(EventCodec.payload(received, type)).isEqualTo(payload);
    }
}
