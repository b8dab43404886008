package org.jjjpark.testkit.hostile;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ResponseRulesTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void aProblemForBadInputBreaksNoRule() {
        assertThat(ResponseRules.broken(400, PROBLEM, "{\"code\":\"VALIDATION_FAILED\",\"detail\":\"name: must not be blank\"}"))
                .isEmpty();
    }

    @Test
    void aServerErrorIsBrokenEvenAsAProblem() {
        assertThat(ResponseRules.broken(500, PROBLEM, "{\"code\":\"INTERNAL_ERROR\"}")).containsExactly("server error 500");
    }

    @Test
    void stackTracesClassNamesAndSqlAreLeaks() {
        assertThat(ResponseRules.broken(400, PROBLEM, "com.fasterxml.jackson.core.JsonParseException: x\n\tat io.vertx"))
                .contains("body shows 'Exception'", "body shows 'com.fasterxml'", "body shows '\\tat '");
        assertThat(ResponseRules.broken(409, PROBLEM, "ERROR:  duplicate key value; SQL [INSERT INTO partner]"))
                .contains("body shows 'ERROR:  '", "body shows 'INSERT '");
    }

    @Test
    void aClientErrorInAnotherMediaTypeIsBroken() {
        assertThat(ResponseRules.broken(413, null, "")).containsExactly("413 is not application/problem+json but null");
        assertThat(ResponseRules.broken(401, "text/html", "<h1>401</h1>")).hasSize(1);
    }

    @Test
    void aSuccessMayBeAnyMediaType() {
        assertThat(ResponseRules.broken(200, "text/csv", "id,name\n1,x")).isEmpty();
    }

    @Test
    void theTokenEndpointAnswersClientErrorsInTheOAuthFormatButStillLeaksNothing() {
        String oauthError = "{\"error\":\"unsupported_grant_type\",\"error_description\":\"only client_credentials\"}";
        assertThat(ResponseRules.broken("/oauth2/token", 400, "application/json", oauthError)).isEmpty();
        assertThat(ResponseRules.broken("/oauth2/token", 400, "text/html", "<h1>400</h1>")).hasSize(1);
        assertThat(ResponseRules.broken("/oauth2/token", 400, "application/json", "{\"error\":\"java.lang.NullPointerException\"}"))
                .contains("body shows 'Exception'");
        assertThat(ResponseRules.broken("/api/v1/partners", 400, "application/json", oauthError))
                .containsExactly("400 is not application/problem+json but application/json");
    }
}
