package org.jjjpark.testkit;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import static org.assertj.core.api.Assertions.assertThat;

/** What every service's tests assert of an error response (ARCHITECTURE §5). */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    /**
     * The response is an {@code application/problem+json} of {@code status} with the stable {@code code}, and
     * shows nothing of how the service is built: no stack trace, class name or SQL.
     */
    public static void assertProblem(ExtractableResponse<Response> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.<String>path("code")).isEqualTo(code);
        assertThat(response.<Integer>path("status")).isEqualTo(status);
        assertThat(response.<String>path("title")).isNotBlank();
        assertThat(response.body().asString())
                .doesNotContain("Exception", "\tat ", "org.hibernate", "io.quarkus", "java.", "SQL");
    }
}
