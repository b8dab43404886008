package org.jjjpark.systemtests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Who may see and sign which agreement (ARCHITECTURE §6), with every service running as in production and every
 * request going through the gateway: tokens from its {@code /oauth2/token}, checked by agreement-service.
 *
 * <p>Once for the class, an operator registers the park's host, a university and an outsider in partner-service,
 * and records a co-construction of the park and the university in agreement-service, which learns of the
 * partners from {@code partner.events}; each test then asks as one kind of client.
 */
@ExtendWith(RunningPlatformExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AgreementAccessThroughGatewayIT {

    private Gateway gateway;
    private ParkOperator operator;
    private String parkId;
    private String universityId;
    private String outsiderId;
    private String programId;
    private String agreementId;

    @BeforeAll
    void anOperatorSetsUpTheParkAndAnActiveAgreementThroughTheGateway(RunningPlatform platform) {
        gateway = new Gateway(platform);
        operator = new ParkOperator(gateway);
        parkId = operator.registered("/api/v1/partners", ParkRequests.parkHost());
        universityId = operator.registered("/api/v1/partners", ParkRequests.university("Beijing Institute of Technology"));
        outsiderId = operator.registered("/api/v1/partners", ParkRequests.university("Outside University"));
        programId = operator.registered("/api/v1/programs", ParkRequests.artificialIntelligence(universityId));

        agreementId = draftedOnceTheReplicaKnowsTheParties();
        operator.signedByEveryParty(agreementId, List.of(parkId, universityId));
    }

    @Test
    void anAgreementSignedByEveryPartyIsActive() {
        gateway.asOperator().get("/api/v1/agreements/" + agreementId).then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("parties.signedAt", everyItem(notNullValue()))
                .body("allocations[0].programId", equalTo(programId));
    }

    @Test
    void aPartyReadsItsAgreementAndFindsItInItsList() {
        String university = gateway.partnerClientToken(universityId);

        gateway.as(university).get("/api/v1/agreements/" + agreementId).then()
                .statusCode(200).body("id", equalTo(agreementId));
        List<String> listed = gateway.as(university).queryParam("limit", 500).get("/api/v1/agreements").then()
                .statusCode(200).extract().path("items.id");
        assertThat(listed).contains(agreementId);
    }

    @Test
    void aNonPartyIsToldTheAgreementDoesNotExistAndDoesNotSeeItInLists() {
        String outsider = gateway.partnerClientToken(outsiderId);

        gateway.as(outsider).get("/api/v1/agreements/" + agreementId).then()
                .statusCode(404).body("code", equalTo("AGREEMENT_NOT_FOUND"));
        List<String> listed = gateway.as(outsider).queryParam("limit", 500).get("/api/v1/agreements").then()
                .statusCode(200).extract().path("items.id");
        List<String> askedByParty = gateway.as(outsider).queryParam("partyId", universityId)
                .get("/api/v1/agreements").then().statusCode(200).extract().path("items.id");
        assertThat(listed).doesNotContain(agreementId);
        assertThat(askedByParty).isEmpty();
    }

    @Test
    void aCommissionReadsTheSummaryButMayNotWriteAgreements() {
        String commission = gateway.commissionClientToken("130000");

        gateway.as(commission).get("/api/v1/agreements/summary").then()
                .statusCode(200).body("seats.find { it.programId == '" + programId + "' }.seats", equalTo(30));
        gateway.as(commission).body(Map.of("reason", "A commission may not end agreements"))
                .post("/api/v1/agreements/" + agreementId + "/termination").then().statusCode(403);
        gateway.asOperator().get("/api/v1/agreements/" + agreementId).then().body("status", equalTo("ACTIVE"));
    }

    @Test
    void withoutATokenNothingIsServed() {
        gateway.anonymous().get("/api/v1/agreements").then().statusCode(401);
        gateway.anonymous().get("/api/v1/agreements/" + agreementId).then().statusCode(401);
        gateway.anonymous().get("/api/v1/agreements/summary").then().statusCode(401);
        gateway.as("not-a-token").get("/api/v1/agreements/" + agreementId).then().statusCode(401);
    }

    @Test
    void aPartnerClientSignsForItselfButNeverOnBehalfOfAnotherParty() {
        String draft = draftedOnceTheReplicaKnowsTheParties();
        String university = gateway.partnerClientToken(universityId);

        gateway.as(university).body(Map.of("partyId", parkId, "signer", "President, Beijing Institute of Technology"))
                .post("/api/v1/agreements/" + draft + "/signatures").then()
                .statusCode(403).body("code", equalTo("SIGNATURE_FOR_ANOTHER_PARTY"));
        gateway.as(university).body(Map.of("signer", "President, Beijing Institute of Technology"))
                .post("/api/v1/agreements/" + draft + "/signatures").then().statusCode(200);

        gateway.asOperator().get("/api/v1/agreements/" + draft).then()
                .body("status", equalTo("DRAFT"))
                .body("parties.find { it.partnerId == '" + parkId + "' }.signedAt", equalTo(null))
                .body("parties.find { it.partnerId == '" + universityId + "' }.signer",
                        equalTo("President, Beijing Institute of Technology"));
    }

    private String draftedOnceTheReplicaKnowsTheParties() {
        return operator.drafted(ParkRequests.coConstruction("SYS-" + UUID.randomUUID().toString().substring(0, 8),
                parkId, universityId, programId));
    }
}
