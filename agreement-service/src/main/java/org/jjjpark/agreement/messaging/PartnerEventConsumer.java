package org.jjjpark.agreement.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.agreement.service.PartnerReplica;
import org.jjjpark.eventing.inbox.Inbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.events.partner.PartnerRegistered;
import org.jjjpark.events.partner.PartnerUpdated;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramUpdated;
import org.jjjpark.events.partner.ProgramWithdrawn;

/**
 * Feeds {@code partner.events} into the replica, each event once (the inbox records its id in the same
 * transaction). A message that cannot be decoded goes to {@code partner.events.dlq}.
 */
@ApplicationScoped
public class PartnerEventConsumer {

    static final String CONSUMER = "agreement-service-partners";

    private final Inbox inbox;
    private final PartnerReplica replica;

    @Inject
    public PartnerEventConsumer(Inbox inbox, PartnerReplica replica) {
        this.inbox = inbox;
        this.replica = replica;
    }

    @Incoming("partner-events")
    @Blocking
    public void onPartnerEvent(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        String type = envelope.type();
        if (type.equals(EventCatalog.PARTNER_REGISTERED.name())) {
            PartnerRegistered e = EventCodec.payload(envelope, EventCatalog.PARTNER_REGISTERED);
            replica.partnerChanged(e.partnerId(), e.version(), e.partnerType(), e.nameZh(), e.nameEn(),
                    e.regionCode(), e.status());
        } else if (type.equals(EventCatalog.PARTNER_UPDATED.name())) {
            PartnerUpdated e = EventCodec.payload(envelope, EventCatalog.PARTNER_UPDATED);
            replica.partnerChanged(e.partnerId(), e.version(), e.partnerType(), e.nameZh(), e.nameEn(),
                    e.regionCode(), e.status());
        } else if (type.equals(EventCatalog.PARTNER_DEACTIVATED.name())) {
            PartnerDeactivated e = EventCodec.payload(envelope, EventCatalog.PARTNER_DEACTIVATED);
            replica.partnerDeactivated(e.partnerId(), e.version());
        } else if (type.equals(EventCatalog.PROGRAM_OFFERED.name())) {
            ProgramOffered e = EventCodec.payload(envelope, EventCatalog.PROGRAM_OFFERED);
            replica.programChanged(e.programId(), e.partnerId(), e.version(), e.catalogueCode(), e.nameZh(),
                    e.nameEn(), e.campus(), e.status());
        } else if (type.equals(EventCatalog.PROGRAM_UPDATED.name())) {
            ProgramUpdated e = EventCodec.payload(envelope, EventCatalog.PROGRAM_UPDATED);
            replica.programChanged(e.programId(), e.partnerId(), e.version(), e.catalogueCode(), e.nameZh(),
                    e.nameEn(), e.campus(), e.status());
        } else if (type.equals(EventCatalog.PROGRAM_WITHDRAWN.name())) {
            ProgramWithdrawn e = EventCodec.payload(envelope, EventCatalog.PROGRAM_WITHDRAWN);
            replica.programWithdrawn(e.programId(), e.partnerId(), e.version());
        }
        // Any other type on this topic says nothing the replica keeps.
    }
}
