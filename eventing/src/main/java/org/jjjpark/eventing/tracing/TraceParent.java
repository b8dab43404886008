package org.jjjpark.eventing.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;

import java.util.HashMap;
import java.util.Map;

/** The W3C {@code traceparent} of a trace context, to carry a trace across a hop no instrumentation sees. */
public final class TraceParent {

    /** Header name of the W3C Trace Context; also the Kafka header SmallRye's consumers continue a trace from. */
    public static final String HEADER = "traceparent";

    private TraceParent() {
    }

    /** The {@code traceparent} of {@code context}'s span, or {@code null} when it has no valid span. */
    public static String of(Context context, TextMapPropagator propagator) {
        if (!Span.fromContext(context).getSpanContext().isValid()) {
            return null;
        }
        // The configured propagator writes the header; any others it writes (baggage, tracestate) stay behind.
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }
}
