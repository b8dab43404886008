package org.jjjpark.http.problem;

import org.jboss.resteasy.reactive.common.util.URLUtils;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** A form body or path with a broken percent-encoding is the client's mistake (400), not an internal error. */
class UndecodablePercentEncodingTest {

    @Test
    void theFrameworksRefusalToDecodeABrokenPercentEncodingIsRecognised() {
        // What the hostile-input run sent to the token endpoint as a form body.
        Throwable refusal = catchThrowable(() -> URLUtils.decode("%s%n%x%p", StandardCharsets.UTF_8, true, null));

        assertThat(refusal).isInstanceOf(IllegalArgumentException.class);
        assertThat(ProblemMappers.undecodablePercentEncoding(refusal)).isTrue();
    }

    @Test
    void anotherIllegalArgumentIsNot() {
        assertThat(ProblemMappers.undecodablePercentEncoding(new IllegalArgumentException("a bug of ours"))).isFalse();
    }
}
