package org.jjjpark.eventing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import org.jjjpark.eventing.tracing.TraceParent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What the outbox keeps of the current trace: the W3C traceparent of an active span, nothing without one. */
class TraceParentTest {

    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    private static final String SPAN_ID = "00f067aa0ba902b7";

    @Test
    void anActiveSpanIsKeptAsItsW3cTraceparent() {
        SpanContext span = SpanContext.create(TRACE_ID, SPAN_ID, TraceFlags.getSampled(), TraceState.getDefault());
        Context context = Context.root().with(Span.wrap(span));

        String traceparent = TraceParent.of(context, W3CTraceContextPropagator.getInstance());

        assertThat(traceparent).isEqualTo("00-" + TRACE_ID + "-" + SPAN_ID + "-01");
    }

    @Test
    void withoutAnActiveSpanNothingIsKept() {
        assertThat(TraceParent.of(Context.root(), W3CTraceContextPropagator.getInstance())).isNull();
    }
}
