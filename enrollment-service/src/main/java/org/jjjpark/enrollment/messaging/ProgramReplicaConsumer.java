package org.jjjpark.enrollment.messaging;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jjjpark.enrollment.ProgramReplica;
import org.jjjpark.enrollment.Subject;
import org.jjjpark.eventing.inbox.Inbox;
import org.jjjpark.events.EventCatalog;
import org.jjjpark.events.EventCodec;
import org.jjjpark.events.EventEnvelope;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramUpdated;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Keeps the replica of programs from {@code partner.events}; partner-level events are skipped. */
@ApplicationScoped
public class ProgramReplicaConsumer {

    static final String CONSUMER = "enrollment-programs";

    private final Inbox inbox;
    private final EntityManager em;

    @Inject
    public ProgramReplicaConsumer(Inbox inbox, EntityManager em) {
        this.inbox = inbox;
        this.em = em;
    }

    @Incoming("partner-events")
    @Blocking
    public void onPartnerEvent(String message) {
        inbox.receive(CONSUMER, message, this::apply);
    }

    private void apply(EventEnvelope envelope) {
        String type = envelope.type();
        if (EventCatalog.PROGRAM_OFFERED.name().equals(type)) {
            ProgramOffered e = EventCodec.payload(envelope, EventCatalog.PROGRAM_OFFERED);
            upsert(e.programId(), e.version(), e.partnerId(), e.catalogueCode(), e.nameZh(), e.nameEn(),
                    e.subjectRequirements(), e.status());
        } else if (EventCatalog.PROGRAM_UPDATED.name().equals(type)) {
            ProgramUpdated e = EventCodec.payload(envelope, EventCatalog.PROGRAM_UPDATED);
            upsert(e.programId(), e.version(), e.partnerId(), e.catalogueCode(), e.nameZh(), e.nameEn(),
                    e.subjectRequirements(), e.status());
        } else if (EventCatalog.PROGRAM_WITHDRAWN.name().equals(type)) {
            var e = EventCodec.payload(envelope, EventCatalog.PROGRAM_WITHDRAWN);
            ProgramReplica program = em.find(ProgramReplica.class, e.programId());
            if (program != null && program.sourceVersion < e.version()) {
                program.status = "WITHDRAWN";
                program.sourceVersion = e.version();
                program.updatedAt = OffsetDateTime.now();
            }
        }
    }

    private void upsert(UUID programId, long version, UUID partnerId, String catalogueCode, String nameZh,
                        String nameEn, List<String> subjects, String status) {
        ProgramReplica program = em.find(ProgramReplica.class, programId);
        if (program == null) {
            program = new ProgramReplica();
            program.programId = programId;
        } else if (program.sourceVersion >= version) {
            return; // an older or equal version arrived late: what we hold is newer
        }
        program.partnerId = partnerId;
        program.catalogueCode = catalogueCode;
        program.nameZh = nameZh;
        program.nameEn = nameEn;
        program.subjectRequirements = subjects.stream().map(Subject::valueOf).toList();
        program.status = status;
        program.sourceVersion = version;
        program.updatedAt = OffsetDateTime.now();
        em.persist(program);
    }
}
