package org.jjjpark.eventing.tracing;

import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.Unremovable;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.inject.Singleton;

import java.util.Collection;

/**
 * Drops finished spans while no OTLP endpoint is configured: traces are still created and propagated (the
 * outbox and the Kafka headers carry them), but nothing tries to reach a collector that is not there.
 *
 * <p>Quarkus replaces its OTLP exporter with the CDI {@link SpanExporter} beans it can look up. This one can be
 * looked up only while {@code quarkus.otel.exporter.otlp.endpoint} has Quarkus' default value, so setting the
 * endpoint turns export on (a collector on the same host: {@code http://127.0.0.1:4317}).
 */
@Singleton
@Unremovable
@LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "http://localhost:4317/",
        lookupIfMissing = true)
public class DiscardingSpanExporter implements SpanExporter {

    @Override
    public CompletableResultCode export(Collection<SpanData> spans) {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode flush() {
        return CompletableResultCode.ofSuccess();
    }

    @Override
    public CompletableResultCode shutdown() {
        return CompletableResultCode.ofSuccess();
    }
}
