package org.jjjpark.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Turns events into JSON and back, checking every incoming message against the envelope rules and the schema
 * of its type: consumers treat events as untrusted input (OWASP API10).
 */
public final class EventCodec {

    /** Larger messages are refused before parsing; no legitimate event comes near this size. */
    public static final int MAX_MESSAGE_BYTES = 1_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            // Unknown fields are caught by the schema (additionalProperties: false), not by Jackson.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final JsonSchemaFactory SCHEMAS = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final Map<String, JsonSchema> SCHEMA_CACHE = new ConcurrentHashMap<>();

    private EventCodec() {
    }

    /** Builds the envelope of a new event; {@code id} is the outbox row id the caller will store it under. */
    public static <T> EventEnvelope envelope(UUID id, String source, EventType<T> type, String subject, T payload) {
        return new EventEnvelope(EventEnvelope.SPEC_VERSION, id, source, type.name(), subject,
                OffsetDateTime.now(ZoneOffset.UTC), EventEnvelope.CONTENT_TYPE, MAPPER.valueToTree(payload));
    }

    public static String toJson(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + envelope.id() + " cannot be serialised", e);
        }
    }

    /** Serialises a payload alone, as it appears in {@code data}. */
    public static JsonNode payloadTree(Object payload) {
        return MAPPER.valueToTree(payload);
    }

    /**
     * Parses and checks one message.
     *
     * @throws InvalidEventException when the message is not JSON, the envelope is incomplete or of another
     *                               spec version, the type is unknown, or {@code data} violates the type's schema
     */
    public static EventEnvelope decode(String json) {
        if (json == null || json.isBlank()) {
            throw new InvalidEventException("empty message");
        }
        if (json.length() > MAX_MESSAGE_BYTES) {
            throw new InvalidEventException("message of " + json.length() + " characters exceeds " + MAX_MESSAGE_BYTES);
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("not JSON: " + e.getOriginalMessage());
        }
        reject(schema("/schemas/envelope.v1.json").validate(tree), "envelope");
        EventEnvelope envelope = MAPPER.convertValue(tree, EventEnvelope.class);
        EventType<?> type = EventCatalog.byName(envelope.type())
                .orElseThrow(() -> new InvalidEventException("unknown event type " + envelope.type()));
        reject(schema(type.schemaResource()).validate(envelope.data()), type.name());
        return envelope;
    }

    /** The payload of an envelope already checked by {@link #decode(String)}. */
    public static <T> T payload(EventEnvelope envelope, EventType<T> type) {
        if (!type.name().equals(envelope.type())) {
            throw new IllegalArgumentException("event " + envelope.id() + " is a " + envelope.type() + ", not " + type);
        }
        try {
            return MAPPER.treeToValue(envelope.data(), type.payloadClass());
        } catch (JsonProcessingException e) {
            throw new InvalidEventException("data does not map to " + type.payloadClass().getSimpleName(), e);
        }
    }

    /** Validation messages of {@code data} against the schema of {@code type}; empty when valid. */
    public static Set<String> violations(EventType<?> type, JsonNode data) {
        return schema(type.schemaResource()).validate(data).stream()
                .map(ValidationMessage::getMessage).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    private static void reject(Set<ValidationMessage> problems, String what) {
        if (!problems.isEmpty()) {
            String detail = problems.stream().map(ValidationMessage::getMessage).sorted()
                    .collect(Collectors.joining("; "));
            throw new InvalidEventException(what + " violates its schema: " + detail);
        }
    }

    private static JsonSchema schema(String resource) {
        return SCHEMA_CACHE.computeIfAbsent(resource, r -> {
            try (InputStream in = EventCodec.class.getResourceAsStream(r)) {
                if (in == null) {
                    throw new IllegalStateException("schema " + r + " is missing from the events module");
                }
                return SCHEMAS.getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
