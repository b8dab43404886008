package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ProgramResourceTest {

    @Test
    void anActiveUniversityOffersAProgram() {
        String university = PartnerApi.registered(Fixtures.university());

        String id = PartnerApi.offer(Fixtures.program(university)).statusCode(201)
                .body("catalogueCode", equalTo("080717T"))
                .body("subjectRequirements", contains("PHYSICS"))
                .body("status", equalTo("OFFERED"))
                .extract().path("id");

        PartnerApi.asOperator().queryParam("partnerId", university).queryParam("catalogueCode", "080717T")
                .get("/api/v1/programs").then().statusCode(200)
                .body("items.id", contains(id));
    }

    @Test
    void anEnterpriseCannotOfferPrograms() {
        String enterprise = PartnerApi.registered(Fixtures.enterprise());

        PartnerApi.offer(Fixtures.program(enterprise)).statusCode(422)
                .body("code", equalTo("NOT_AN_INSTITUTION"));
    }

    @Test
    void anUnknownPartnerIsReportedAsUnprocessable() {
        PartnerApi.offer(Fixtures.program(UUID.randomUUID().toString())).statusCode(422)
                .body("code", equalTo("PARTNER_NOT_FOUND"));
    }

    @Test
    void theSameMajorAtTheSameCampusIsOfferedOnce() {
        String university = PartnerApi.registered(Fixtures.university());
        PartnerApi.offered(Fixtures.program(university));

        PartnerApi.offer(Fixtures.program(university)).statusCode(409)
                .body("code", equalTo("DUPLICATE_PROGRAM"));
    }

    @Test
    void aSubjectListedTwiceIsRefused() {
        Map<String, Object> body = new HashMap<>(Fixtures.program(PartnerApi.registered(Fixtures.university())));
        body.put("subjectRequirements", List.of("PHYSICS", "PHYSICS"));

        PartnerApi.offer(body).statusCode(400).body("code", equalTo("DUPLICATE_SUBJECT"));
    }

    @Test
    void deactivatingAUniversityWithdrawsItsProgramsAndStopsNewOnes() {
        String university = PartnerApi.registered(Fixtures.university());
        String program = PartnerApi.offered(Fixtures.program(university));

        PartnerApi.asOperator().post("/api/v1/partners/" + university + "/deactivation").then().statusCode(200);

        PartnerApi.asOperator().get("/api/v1/programs/" + program).then().body("status", equalTo("WITHDRAWN"));
        Map<String, Object> another = new HashMap<>(Fixtures.program(university));
        another.put("catalogueCode", "080905");
        PartnerApi.offer(another).statusCode(409).body("code", equalTo("PARTNER_INACTIVE"));
    }

    @Test
    void aWithdrawnProgramCannotBeChangedButCanBeOfferedAgain() {
        String university = PartnerApi.registered(Fixtures.university());
        String program = PartnerApi.offered(Fixtures.program(university));

        PartnerApi.asOperator().post("/api/v1/programs/" + program + "/withdrawal").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        Map<String, Object> update = new HashMap<>(Fixtures.program(university));
        update.remove("partnerId");
        update.remove("catalogueCode");
        PartnerApi.asOperator().contentType(ContentType.JSON).body(update).put("/api/v1/programs/" + program).then()
                .statusCode(409).body("code", equalTo("PROGRAM_WITHDRAWN"));
        PartnerApi.offer(Fixtures.program(university)).statusCode(201);
    }

    @Test
    void updatingAProgramReplacesItsFields() {
        String program = PartnerApi.offered(Fixtures.program(PartnerApi.registered(Fixtures.university())));
        Map<String, Object> update = new HashMap<>(Fixtures.program("ignored"));
        update.remove("partnerId");
        update.remove("catalogueCode");
        update.put("subjectRequirements", List.of("PHYSICS", "CHEMISTRY"));

        PartnerApi.asOperator().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(update)
                .put("/api/v1/programs/" + program).then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("subjectRequirements", contains("PHYSICS", "CHEMISTRY"));
    }
}
