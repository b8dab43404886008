package org.jjjpark.agreement;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** Drafting, signing, amending and terminating agreements over HTTP, with the replica seeded directly. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class AgreementResourceTest {

    private final UUID park = Replica.park();
    private final UUID university = Replica.university();
    private final UUID program = Replica.program(university);

    @Test
    void draftingReturnsTheDraftWithLocationETagAndPartyNames() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);

        var response = AgreementApi.draft(body)
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("DRAFT"))
                .body("reference", equalTo(body.get("reference")))
                .body("parties", hasSize(2))
                .body("parties[1].role", equalTo("UNIVERSITY"))
                .body("parties[1].nameEn", equalTo("Test partner UNIVERSITY"))
                .body("parties[1].signedAt", nullValue())
                .body("allocationVersion", equalTo(1))
                .body("allocations", hasSize(2))
                .body("allocations[1].sourceProvince", equalTo("130000"))
                .body("allocationHistory", hasSize(1))
                .body("document.sha256", equalTo(Drafts.DOCUMENT_SHA256))
                .extract();

        assertThat(response.header("Location")).endsWith("/api/v1/agreements/" + response.path("id"));
        AgreementApi.get(response.path("id")).statusCode(200).body("title", equalTo("Co-construction of the park"));
    }

    @Test
    void anAgreementWhoseEffectiveDateHasComeIsActiveOnceEveryPartySigned() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        AgreementApi.sign(id, park).statusCode(200).body("status", equalTo("DRAFT"))
                .body("parties[0].signer", equalTo("Signatory of " + park))
                .body("parties[0].signedAt", notNullValue());
        AgreementApi.sign(id, university).statusCode(200)
                .body("status", equalTo("ACTIVE"))
                .body("activatedAt", notNullValue());
    }

    @Test
    void anAgreementEffectiveLaterStaysSignedUntilItsDay() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("effectiveFrom", LocalDate.now(AdjustableClock.PARK).plusDays(30).toString());
        body.put("allocations", List.of(Drafts.allocation(program, 2034, "110000", "130000", "GENERAL", 40)));
        String id = AgreementApi.drafted(body);

        AgreementApi.signedByAll(id, park, university).body("status", equalTo("SIGNED"))
                .body("activatedAt", nullValue());
    }

    @Test
    void aRepeatedSignatureChangesNothing() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        var first = AgreementApi.sign(id, park).statusCode(200).extract();

        var again = AgreementApi.asOperator().contentType(ContentType.JSON)
                .body(Map.of("partyId", park.toString(), "signer", "Somebody else"))
                .post("/api/v1/agreements/" + id + "/signatures").then().statusCode(200).extract();

        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(again.<String>path("parties[0].signer")).isEqualTo("Signatory of " + park);
        assertThat(again.<String>path("status")).isEqualTo("DRAFT");
    }

    @Test
    void aSignatureOfAPartnerThatIsNoPartyIsRefused() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));

        AgreementApi.sign(id, Replica.enterprise()).statusCode(422).body("code", equalTo("NOT_A_PARTY"));
    }

    @Test
    void aDeactivatedPartyCannotSign() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        Replica.deactivate(university);

        AgreementApi.sign(id, university).statusCode(422).body("code", equalTo("PARTY_INACTIVE"));
    }

    @Test
    void aDeactivatedPartnerJoinsNoNewAgreement() {
        Replica.deactivate(university);

        AgreementApi.draft(Drafts.coConstruction(park, university, program)).statusCode(422)
                .contentType("application/problem+json")
                .body("code", equalTo("PARTY_INACTIVE"))
                .body("errors[0].field", equalTo("parties[1].partnerId"));
    }

    @Test
    void aPartnerNotYetInTheReplicaIsUnknownAndTheClientIsToldWhy() {
        UUID stranger = UUID.randomUUID();

        AgreementApi.draft(Drafts.internshipBase(park, stranger)).statusCode(422)
                .body("code", equalTo("PARTY_UNKNOWN"))
                .body("detail", org.hamcrest.Matchers.containsString("may not have arrived yet"));
    }

    @Test
    void aWithdrawnProgramReceivesNoSeatsInANewAgreement() {
        Replica.withdraw(program, university);

        AgreementApi.draft(Drafts.coConstruction(park, university, program)).statusCode(422)
                .body("code", equalTo("PROGRAM_WITHDRAWN"));
    }

    @Test
    void aProgramOfAnotherInstitutionIsRefused() {
        UUID elsewhere = Replica.program(Replica.university());

        AgreementApi.draft(Drafts.coConstruction(park, university, elsewhere)).statusCode(422)
                .body("code", equalTo("PROGRAM_NOT_OFFERED_BY_A_PARTY"));
    }

    @Test
    void aReferenceIsRecordedOnce() {
        Map<String, Object> body = Drafts.internshipBase(park, university);
        AgreementApi.drafted(body);

        AgreementApi.draft(body).statusCode(409).body("code", equalTo("DUPLICATE_REFERENCE"));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstDraft() {
        Map<String, Object> body = Drafts.internshipBase(park, university);
        String key = UUID.randomUUID().toString();

        String first = AgreementApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/agreements").then().statusCode(201).extract().path("id");
        String replayed = AgreementApi.asOperator().contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).post("/api/v1/agreements").then().statusCode(201)
                .header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void amendingAnActiveAgreementAddsAVersionAndKeepsTheHistory() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);

        AgreementApi.amend(id, Map.of("reason", "Supplementary agreement of 2025", "allocations", List.of(
                        Drafts.allocation(program, 2025, "110000", "130000", "GENERAL", 60))))
                .statusCode(200)
                .body("allocationVersion", equalTo(2))
                .body("allocations", hasSize(1))
                .body("allocations[0].seats", equalTo(60));

        AgreementApi.get(id).statusCode(200)
                .body("allocationHistory", hasSize(2))
                .body("allocationHistory[0].number", equalTo(1))
                .body("allocationHistory[0].allocations", hasSize(2))
                .body("allocationHistory[0].reason", nullValue())
                .body("allocationHistory[1].number", equalTo(2))
                .body("allocationHistory[1].reason", equalTo("Supplementary agreement of 2025"));
    }

    @Test
    void aWithdrawnProgramKeepsItsSeatsInAnAmendmentButGainsNone() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);
        Replica.withdraw(program, university);

        AgreementApi.amend(id, Map.of("reason", "More seats", "allocations", List.of(
                Drafts.allocation(program, 2024, "110000", "130000", "GENERAL", 41))))
                .statusCode(422).body("code", equalTo("PROGRAM_WITHDRAWN"));
        AgreementApi.amend(id, Map.of("reason", "Beijing seats dropped", "allocations", List.of(
                Drafts.allocation(program, 2024, "110000", "130000", "GENERAL", 40))))
                .statusCode(200).body("allocationVersion", equalTo(2));
    }

    @Test
    void anAmendmentBasedOnAnOldVersionIsRefused() {
        String id = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(id, park, university);

        AgreementApi.asOperator().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("reason", "r", "allocations", List.of(
                        Drafts.allocation(program, 2025, "110000", "130000", "GENERAL", 60))))
                .post("/api/v1/agreements/" + id + "/amendments").then()
                .statusCode(412).body("code", equalTo("VERSION_MISMATCH"));
    }

    @Test
    void anAgreementWithoutSeatsHasNothingToAmend() {
        String id = AgreementApi.drafted(Drafts.internshipBase(park, university));
        AgreementApi.signedByAll(id, park, university);

        AgreementApi.amend(id, Map.of("reason", "r", "allocations", List.of(
                        Drafts.allocation(program, 2025, "110000", "130000", "GENERAL", 60))))
                .statusCode(400).body("code", equalTo("SEATS_NOT_ALLOWED"));
    }

    @Test
    void illegalTransitionsAreConflictsWithAStableCode() {
        String draft = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        Map<String, Object> amendment = Map.of("reason", "r", "allocations", List.of(
                Drafts.allocation(program, 2025, "110000", "130000", "GENERAL", 60)));

        AgreementApi.terminate(draft).statusCode(409).contentType("application/problem+json")
                .body("code", equalTo("ILLEGAL_TRANSITION"))
                .body("detail", equalTo("a DRAFT agreement cannot be terminated; it must be SIGNED or ACTIVE"));
        AgreementApi.amend(draft, amendment).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));

        AgreementApi.signedByAll(draft, park, university);
        AgreementApi.terminate(draft).statusCode(200).body("status", equalTo("TERMINATED"))
                .body("terminationReason", equalTo("Ended by mutual consent"))
                .body("terminatedAt", notNullValue());

        AgreementApi.terminate(draft).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        AgreementApi.amend(draft, amendment).statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        AgreementApi.sign(draft, park).statusCode(200).body("status", equalTo("TERMINATED"));
    }

    @Test
    void aSignedAgreementNotYetInEffectCanBeTerminatedButNotAmended() {
        Map<String, Object> body = Drafts.coConstruction(park, university, program);
        body.put("effectiveFrom", LocalDate.now(AdjustableClock.PARK).plusDays(30).toString());
        body.put("allocations", List.of(Drafts.allocation(program, 2034, "110000", "130000", "GENERAL", 40)));
        String id = AgreementApi.drafted(body);
        AgreementApi.signedByAll(id, park, university);

        AgreementApi.amend(id, Map.of("reason", "r", "allocations", List.of(
                        Drafts.allocation(program, 2034, "110000", "130000", "GENERAL", 60))))
                .statusCode(409).body("code", equalTo("ILLEGAL_TRANSITION"));
        AgreementApi.terminate(id).statusCode(200).body("status", equalTo("TERMINATED"));
    }

    @Test
    void listsFilterByTypeStatusPartyRegionYearAndReference() {
        UUID hebeiPartner = Replica.partner("GOVERNMENT_BODY", "131022");
        Map<String, Object> cooperation = Drafts.internshipBase(park, hebeiPartner);
        cooperation.put("type", "SCHOOL_LOCAL_COOPERATION");
        cooperation.put("parties", List.of(Drafts.party(park, "PARK"), Drafts.party(hebeiPartner, "GOVERNMENT")));
        cooperation.put("effectiveFrom", "2024-02-21");
        cooperation.put("effectiveTo", "2025-02-20");
        String local = AgreementApi.drafted(cooperation);
        String coConstruction = AgreementApi.drafted(Drafts.coConstruction(park, university, program));
        AgreementApi.signedByAll(coConstruction, park, university);

        assertThat(ids(Map.of("partyId", park.toString()))).containsExactly(local, coConstruction);
        assertThat(ids(Map.of("partyId", park.toString(), "type", "CO_CONSTRUCTION"))).containsExactly(coConstruction);
        assertThat(ids(Map.of("partyId", park.toString(), "status", "DRAFT"))).containsExactly(local);
        assertThat(ids(Map.of("partyId", park.toString(), "regionCode", "130000"))).containsExactly(local, coConstruction);
        assertThat(ids(Map.of("partyId", park.toString(), "regionCode", "110000"))).containsExactly(coConstruction);
        assertThat(ids(Map.of("partyId", hebeiPartner.toString(), "regionCode", "131000"))).containsExactly(local);
        assertThat(ids(Map.of("partyId", park.toString(), "year", "2030"))).containsExactly(coConstruction);
        assertThat(ids(Map.of("partyId", park.toString(), "year", "2024"))).containsExactly(local, coConstruction);
        assertThat(ids(Map.of("reference", cooperation.get("reference")))).containsExactly(local);
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrRepeats() {
        List<String> recorded = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            recorded.add(AgreementApi.drafted(Drafts.internshipBase(park, university)));
        }

        List<String> seen = new java.util.ArrayList<>();
        String cursor = null;
        do {
            var request = AgreementApi.asOperator().queryParam("partyId", park.toString()).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.get("/api/v1/agreements").then().statusCode(200).extract();
            seen.addAll(page.path("items.id"));
            assertThat(page.<List<?>>path("items.allocationHistory")).containsOnlyNulls();
            cursor = page.path("nextCursor");
        } while (cursor != null);

        assertThat(seen).containsExactlyElementsOf(recorded);
    }

    private static List<String> ids(Map<String, ?> query) {
        return AgreementApi.asOperator().queryParams(new HashMap<>(query)).get("/api/v1/agreements").then()
                .statusCode(200).extract().path("items.id");
    }
}
