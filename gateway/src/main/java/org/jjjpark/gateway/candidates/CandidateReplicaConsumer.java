package org.jjjpark.gateway.candidates;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.eventing.inbox.Inbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.enrollment.CandidateRegistered;
import org.jjjpark.gateway.identity.RegisteredCandidate;

import java.time.OffsetDateTime;

/**
 * Keeps the gateway's replica of registered candidates from {@code enrollment.events}. Only CandidateRegistered
 * matters here; the topic's other events are acknowledged and skipped.
 */
@ApplicationScoped
public class CandidateReplicaConsumer {

    static final String CONSUMER = "gateway-candidates";

    private final Inbox inbox;
    private final EntityManager em;

    @Inject
    public CandidateReplicaConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("enrollment-events")
    @Blocking
    public void onEnrollmentEvent(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        if (!EventCatalog.CANDIDATE_REGISTERED.name().equals(envelope.type())) {
            return;
        }
        CandidateRegistered event = EventCodec.payload(envelope, EventCatalog.CANDIDATE_REGISTERED);
        RegisteredCandidate candidate = em.find(RegisteredCandidate.class, event.candidateId());
        if (candidate == null) {
            candidate = new RegisteredCandidate();
            candidate.candidateId = event.candidateId();
        } else if (candidate.sourceVersion >= event.version()) {
            return; // an older or equal version arrived late: what we hold is newer
        }
        candidate.examNumberHash = event.examNumberHash();
        candidate.idNumberHash = event.idNumberHash();
        candidate.provinceCode = event.provinceCode();
        candidate.examYear = event.examYear();
        candidate.sourceVersion = event.version();
        candidate.updatedAt = OffsetDateTime.now();
        em.persist(candidate);
    }
}
