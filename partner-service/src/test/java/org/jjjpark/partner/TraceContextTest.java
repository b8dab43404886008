package org.jjjpark.partner;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.eventing.tracing.TraceParent;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A request's trace survives the outbox: the event on the real broker carries the caller's trace id. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TraceContextTest {

    private static final String TRACE_ID = "5a1e7c0ffee0b0ba5a1e7c0ffee0b0ba";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void anEventCarriesTheTraceOfTheRequestThatCausedIt() {
        String id = PartnerApi.asOperator().header(TraceParent.HEADER, "00-" + TRACE_ID + "-b7ad6b7169203331-01")
                .contentType(ContentType.JSON).body(Fixtures.university())
                .post("/api/v1/partners").then().statusCode(201).extract().path("id");

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .read(Topics.PARTNER_EVENTS, r -> r.key().equals(id), 1, Duration.ofSeconds(30));

        assertThat(records).hasSize(1);
        // Same trace, but the parent is the service's own server span, not the caller's span.
        assertThat(TopicProbe.header(records.get(0), TraceParent.HEADER))
                .matches("00-" + TRACE_ID + "-[0-9a-f]{16}-01")
                .doesNotContain("b7ad6b7169203331");
    }
}
