package org.jjjpark.eventing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.eventing.outbox.Outbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.partner.PartnerDeactivated;

import java.util.UUID;

/** The sample application's use case: one business change and its event, in one transaction. */
@ApplicationScoped
public class SampleChanges {

    @Inject
    Outbox outbox;

    @Transactional
    public UUID apply(UUID partnerId, long version) {
        SampleChange change = new SampleChange();
        change.id = UUID.randomUUID();
        change.partnerId = partnerId;
        change.version = version;
        change.persist();
        return outbox.record(EventCatalog.PARTNER_DEACTIVATED, partnerId.toString(), partnerId.toString(),
                new PartnerDeactivated(partnerId, version));
    }

    /** Records the change and its event, then breaks a rule: the whole transaction must roll back. */
    @Transactional
    public void applyThenFail(UUID partnerId) {
        apply(partnerId, 0);
        throw new IllegalStateException("a rule failed after the event was recorded");
    }
}
