package org.jjjpark.eventing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Scope;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jjjpark.eventing.tracing.TraceParent;
import org.jjjpark.events.Topics;
import org.jjjpark.testkit.RealInfrastructure;
import org.jjjpark.testkit.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A trace crosses the outbox: the relay hands the recording trace to Kafka and the consumer continues it. */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class TracePropagationTest {

    @Inject
    SampleChanges changes;

    @Inject
    Tracer tracer;

    @Inject
    InMemorySpanExporter spans;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theConsumerContinuesTheTraceInWhichTheEventWasRecorded() {
        Span change = tracer.spanBuilder("sample change").startSpan();
        String traceId = change.getSpanContext().getTraceId();
        try (Scope ignored = change.makeCurrent()) {
            changes.apply(UUID.randomUUID(), 1);
        } finally {
            change.end();
        }

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(spans.getFinishedSpanItems())
                .anySatisfy(span -> {
                    assertThat(span.getKind()).isEqualTo(SpanKind.CONSUMER);
                    assertThat(span.getName()).contains(Topics.PARTNER_EVENTS);
                    assertThat(span.getTraceId()).isEqualTo(traceId);
                }));
    }

    @Test
    void anEventRecordedOutsideAnyTraceCarriesNoTraceparent() {
        UUID partner = UUID.randomUUID();

        changes.apply(partner, 1);

        List<ConsumerRecord<String, String>> records = new TopicProbe(bootstrapServers)
                .read(Topics.PARTNER_EVENTS, r -> r.key().equals(partner.toString()), 1, Duration.ofSeconds(30));
        assertThat(records).hasSize(1);
        assertThat(TopicProbe.header(records.get(0), TraceParent.HEADER)).isNull();
    }
}
