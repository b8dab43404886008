package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Loads the demo data through partner-service's public HTTP API, not into its database, so that the service
 * validates it and publishes the same events as for any other client. Safe to run on every start: what
 * exists already is skipped.
 */
final class DemoDataLoader {

    /** The module whose API takes the demo data; without it running there is nothing to load. */
    static final String SERVICE = "partner-service";

    private final PlatformApi api;

    DemoDataLoader(PlatformApi api) {
        this.api = api;
    }

    /** @return the ids of the demo partners and programs, whether created now or found */
    DemoIds load(DemoData data) {
        Map<String, String> partnerIds = new HashMap<>();
        Map<String, String> programIds = new HashMap<>();
        int partnersCreated = 0;
        for (DemoData.Partner partner : data.partners()) {
            // Look first rather than rely on the Idempotency-Key alone: a key replays only the identical
            // request (after an edit of demo-data.json it is refused with 422), and the partner may have been
            // registered by hand under another key.
            Optional<String> existing = firstId("/api/v1/partners?identifier=" + encode(partner.identifier()));
            if (existing.isPresent()) {
                partnerIds.put(partner.identifier(), existing.get());
            } else {
                partnerIds.put(partner.identifier(), create("/api/v1/partners",
                        "demo-partner-" + partner.identifier(), api.json().valueToTree(partner)));
                partnersCreated++;
            }
        }
        int programsCreated = 0;
        for (DemoData.Program program : data.programs()) {
            String partnerId = partnerIds.get(program.partnerIdentifier());
            if (partnerId == null) {
                throw new DevStackFailure("demo data: program " + program.catalogueCode()
                        + " names partner " + program.partnerIdentifier() + ", which is not in the file");
            }
            Optional<String> existing = firstId("/api/v1/programs?partnerId=" + partnerId + "&catalogueCode="
                    + encode(program.catalogueCode()));
            String programId;
            if (existing.isPresent()) {
                programId = existing.get();
            } else {
                ObjectNode body = api.json().valueToTree(program);
                body.remove("partnerIdentifier");
                body.put("partnerId", partnerId);
                programId = create("/api/v1/programs", "demo-program-" + program.partnerIdentifier() + "-"
                        + program.catalogueCode(), body);
                programsCreated++;
            }
            programIds.put(DemoIds.programKey(program.partnerIdentifier(), program.catalogueCode()), programId);
        }
        Launcher.say("demo data: " + data.partners().size() + " partners (" + partnersCreated + " new), "
                + data.programs().size() + " programs (" + programsCreated + " new), through " + api.baseUrl());
        return new DemoIds(partnerIds, programIds);
    }

    /** The id of the first item of a list query, if there is one. */
    private Optional<String> firstId(String pathAndQuery) {
        JsonNode items = api.get(pathAndQuery).path("items");
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0).path("id").asText());
    }

    /** POSTs {@code body} and returns the new resource's id. */
    private String create(String path, String idempotencyKey, JsonNode body) {
        String id = api.post(path, idempotencyKey, body).path("id").asText("");
        if (id.isEmpty()) {
            throw new DevStackFailure("demo data: POST " + path + " (" + idempotencyKey + ") answered without an id");
        }
        return id;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
