package org.jjjpark.agreement.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.agreement.ReplicatedAggregate;
import org.jjjpark.agreement.ReplicatedPartner;
import org.jjjpark.agreement.ReplicatedProgram;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Keeps the replica of partners and programs. Each change carries the aggregate's version; a change older than
 * (or as old as) what the replica holds arrived late and is ignored, so any delivery order ends in the state
 * of the newest event.
 */
@ApplicationScoped
public class PartnerReplica {

    private static final Logger LOG = Logger.getLogger(PartnerReplica.class);

    private final EntityManager em;

    @Inject
    public PartnerReplica(EntityManager em) {
        this.em = em;
    }

    /** A registration or update: the partner's whole public state after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void partnerChanged(UUID partnerId, long version, String type, String nameZh, String nameEn,
                               String regionCode, String status) {
        applyIfNewer(ReplicatedPartner.class, partnerId, version, () -> newPartner(partnerId), partner -> {
            partner.partnerType = type;
            partner.nameZh = nameZh;
            partner.nameEn = nameEn;
            partner.regionCode = regionCode;
            partner.status = status;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void partnerDeactivated(UUID partnerId, long version) {
        applyIfNewer(ReplicatedPartner.class, partnerId, version, () -> newPartner(partnerId),
                partner -> partner.status = "INACTIVE");
    }

    /** An offer or update: the program's whole state after it. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void programChanged(UUID programId, UUID partnerId, long version, String catalogueCode, String nameZh,
                               String nameEn, String campus, String status) {
        applyIfNewer(ReplicatedProgram.class, programId, version, () -> newProgram(programId, partnerId), program -> {
            program.catalogueCode = catalogueCode;
            program.nameZh = nameZh;
            program.nameEn = nameEn;
            program.campus = campus;
            program.status = status;
        });
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void programWithdrawn(UUID programId, UUID partnerId, long version) {
        applyIfNewer(ReplicatedProgram.class, programId, version, () -> newProgram(programId, partnerId),
                program -> program.status = "WITHDRAWN");
    }

    /**
     * Applies {@code change} to the row of aggregate {@code id}, created when new, unless the row is at
     * {@code version} or newer already. A new row is persisted only once changed: Hibernate inserts the state
     * an entity has at {@code persist} (for a row already managed, {@code persist} changes nothing).
     */
    private <T extends ReplicatedAggregate> void applyIfNewer(Class<T> type, UUID id, long version,
                                                            Supplier<T> create, Consumer<T> change) {
        T row = em.find(type, id);
        if (row == null) {
            row = create.get();
        } else if (row.sourceVersion >= version) {
            LOG.debugf("ignored %s %s version %d: the replica holds version %d", type.getSimpleName(), id, version,
                    row.sourceVersion);
            return;
        }
        change.accept(row);
        row.sourceVersion = version;
        row.updatedAt = OffsetDateTime.now(ZoneOffset.UTC);
        em.persist(row);
    }

    private static ReplicatedPartner newPartner(UUID partnerId) {
        ReplicatedPartner partner = new ReplicatedPartner();
        partner.partnerId = partnerId;
        return partner;
    }

    private static ReplicatedProgram newProgram(UUID programId, UUID partnerId) {
        ReplicatedProgram program = new ReplicatedProgram();
        program.programId = programId;
        program.partnerId = partnerId;
        return program;
    }
}
