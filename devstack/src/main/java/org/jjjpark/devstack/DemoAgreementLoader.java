package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Records the park's first-batch agreements through agreement-service's public API and has every party sign
 * them as on the day of the inauguration, so that they take effect and publish their seats like any others.
 * Safe on every start: an agreement recorded already (found by its reference) only gets the signatures it lacks.
 */
final class DemoAgreementLoader {

    /** The module whose API takes the agreements. */
    static final String SERVICE = "agreement-service";

    /**
     * agreement-service learns of partners and programs from their events, a moment after partner-service
     * registered them; until then it answers 422 with one of these codes.
     */
    private static final Set<String> NOT_ARRIVED_YET = Set.of("PARTY_UNKNOWN", "PROGRAM_UNKNOWN");
    /**
     * Long enough for a replica to catch up even when its consumer rejoins a group whose previous member (from a
     * stack that was killed) must first time out: Kafka's default session timeout is 45 s.
     */
    private static final Duration REPLICA_PATIENCE = Duration.ofSeconds(90);
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);

    private final PlatformApi api;

    DemoAgreementLoader(PlatformApi api) {
        this.api = api;
    }

    void load(DemoData data, DemoIds ids) {
        Instant patienceEnds = Instant.now().plus(REPLICA_PATIENCE);
        int created = 0;
        int signatures = 0;
        int active = 0;
        for (DemoData.Agreement agreement : data.agreements()) {
            JsonNode recorded = api.get("/api/v1/agreements?reference="
                    + URLEncoder.encode(agreement.reference(), StandardCharsets.UTF_8)).path("items").path(0);
            if (recorded.isMissingNode()) {
                recorded = draftOnceTheReplicaKnowsItsParties(requestBody(agreement, ids),
                        "demo-agreement-" + agreement.reference(), patienceEnds);
                created++;
            }
            for (JsonNode party : recorded.path("parties")) {
                if (!party.hasNonNull("signedAt")) {
                    recorded = sign(recorded.path("id").asText(), party, agreement.signedAt());
                    signatures++;
                }
            }
            if ("ACTIVE".equals(recorded.path("status").asText())) {
                active++;
            }
        }
        Launcher.say("demo agreements: " + data.agreements().size() + " (" + created + " new, " + signatures
                + " signatures recorded), " + active + " active, through " + api.baseUrl());
    }

    /** Drafts the agreement, retrying while agreement-service has not yet heard of a party or program. */
    private JsonNode draftOnceTheReplicaKnowsItsParties(JsonNode body, String idempotencyKey, Instant patienceEnds) {
        while (true) {
            try {
                return api.post("/api/v1/agreements", idempotencyKey, body);
            } catch (ApiProblem problem) {
                if (!NOT_ARRIVED_YET.contains(problem.code()) || Instant.now().isAfter(patienceEnds)) {
                    throw problem;
                }
                pause();
            }
        }
    }

    /** An operator records the party's signature on its behalf; the answer is the agreement after it. */
    private JsonNode sign(String agreementId, JsonNode party, String signedAt) {
        ObjectNode signature = api.json().createObjectNode()
                .put("partyId", party.path("partnerId").asText())
                .put("signer", "Authorised representative, " + party.path("nameEn").asText(party.path("role").asText()))
                .put("signedAt", signedAt);
        return api.post("/api/v1/agreements/" + agreementId + "/signatures", null, signature);
    }

    /** The demo entry as the API takes it: partners and programs named by the ids the platform gave them. */
    private JsonNode requestBody(DemoData.Agreement agreement, DemoIds ids) {
        ObjectNode body = api.json().createObjectNode()
                .put("reference", agreement.reference())
                .put("type", agreement.type())
                .put("title", agreement.title())
                .put("effectiveFrom", agreement.effectiveFrom())
                .put("effectiveTo", agreement.effectiveTo());
        body.putObject("document").put("sha256", agreement.document().sha256()).put("uri", agreement.document().uri());
        ArrayNode parties = body.putArray("parties");
        for (DemoData.AgreementParty party : agreement.parties()) {
            parties.addObject().put("partnerId", ids.partner(party.partnerIdentifier()).orElseThrow(() ->
                            unknown(agreement, "partner " + party.partnerIdentifier())))
                    .put("role", party.role());
        }
        ArrayNode allocations = body.putArray("allocations");
        for (DemoData.Allocation seats : agreement.allocationsOrNone()) {
            allocations.addObject()
                    .put("programId", ids.program(seats.partnerIdentifier(), seats.catalogueCode()).orElseThrow(() ->
                            unknown(agreement, "program " + seats.catalogueCode() + " of " + seats.partnerIdentifier())))
                    .put("intakeYear", seats.intakeYear())
                    .put("planProvince", seats.planProvince())
                    .put("sourceProvince", seats.sourceProvince())
                    .put("planType", seats.planType())
                    .put("seats", seats.seats());
        }
        return body;
    }

    private static DevStackFailure unknown(DemoData.Agreement agreement, String what) {
        return new DevStackFailure("demo data: agreement " + agreement.reference() + " names " + what
                + ", which is not in the file");
    }

    private static void pause() {
        try {
            Thread.sleep(RETRY_PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DevStackFailure("interrupted while waiting for agreement-service to learn of the partners");
        }
    }
}
