package org.jjjpark.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The wrapper every event travels in, with CloudEvents 1.0 attribute names (JSON structured mode).
 *
 * @param id       unique per event; equals the producer's outbox row id, so consumers dedupe on it
 * @param source   the producing service, e.g. {@code partner-service}
 * @param type     the versioned event type, e.g. {@code enrollment.partner.PartnerRegistered.v1}
 * @param subject  the id of the entity the event is about
 * @param data     the payload, valid against the schema of {@code type}
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EventEnvelope(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        JsonNode data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
}
