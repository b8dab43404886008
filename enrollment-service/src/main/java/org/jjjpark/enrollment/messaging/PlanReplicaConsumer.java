package org.jjjpark.enrollment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.enrollment.service.PlanLineService;
import org.jjjpark.eventing.inbox.Inbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;

/**
 * Builds the enrollment plan from {@code agreement.events}: activation opens plan lines, an amendment replaces
 * them, termination and expiry close them. Drafts and signatures create no seats and are skipped.
 */
@ApplicationScoped
public class PlanReplicaConsumer {

    static final String CONSUMER = "enrollment-plan";

    private final Inbox inbox;
    private final PlanLineService plan;

    @Inject
    public PlanReplicaConsumer(Inbox inbox, PlanLineService plan) {
        this.inbox = inbox;
        this.plan = plan;
    }

    @Incoming("agreement-events")
    @Blocking
    public void onAgreementEvent(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        String type = envelope.type();
        if (EventCatalog.AGREEMENT_ACTIVATED.name().equals(type)) {
            plan.activated(EventCodec.payload(envelope, EventCatalog.AGREEMENT_ACTIVATED));
        } else if (EventCatalog.AGREEMENT_AMENDED.name().equals(type)) {
            plan.amended(EventCodec.payload(envelope, EventCatalog.AGREEMENT_AMENDED));
        } else if (EventCatalog.AGREEMENT_TERMINATED.name().equals(type)) {
            var event = EventCodec.payload(envelope, EventCatalog.AGREEMENT_TERMINATED);
            plan.ended(event.agreementId(), event.version(), PlanLineService.Ending.TERMINATED);
        } else if (EventCatalog.AGREEMENT_EXPIRED.name().equals(type)) {
            var event = EventCodec.payload(envelope, EventCatalog.AGREEMENT_EXPIRED);
            plan.ended(event.agreementId(), event.version(), PlanLineService.Ending.EXPIRED);
        }
    }
}
