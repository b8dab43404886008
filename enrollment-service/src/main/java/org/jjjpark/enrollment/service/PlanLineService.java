package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.enrollment.AgreementReplica;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.PlanType;
import org.jjjpark.enrollment.SeatBatches;
import org.jjjpark.enrollment.repository.PlanLineFilter;
import org.jjjpark.enrollment.repository.PlanLineRepository;
import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Page;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The enrollment plan as agreements define it. An agreement's allocations are always applied as a complete
 * set: lines in the set are opened with its seats, the agreement's other lines are closed (never deleted, so
 * applications that named them keep their reference and every seat its trace).
 */
@ApplicationScoped
public class PlanLineService {

    private static final Logger LOG = Logger.getLogger(PlanLineService.class);

    /** How an agreement ended; both close its lines. */
    public enum Ending { TERMINATED, EXPIRED }

    private final EntityManager em;
    private final PlanLineRepository lines;

    @Inject
    public PlanLineService(EntityManager em, PlanLineRepository lines) {
        this.em = em;
        this.lines = lines;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void activated(AgreementActivated event) {
        if (advance(event.agreementId(), event.version(), AgreementReplica.Status.ACTIVE)) {
            replaceAllocations(event.agreementId(), event.allocations());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void amended(AgreementAmended event) {
        if (advance(event.agreementId(), event.version(), AgreementReplica.Status.ACTIVE)) {
            replaceAllocations(event.agreementId(), event.allocations());
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void ended(UUID agreementId, long version, Ending ending) {
        AgreementReplica.Status status = ending == Ending.TERMINATED
                ? AgreementReplica.Status.TERMINATED : AgreementReplica.Status.EXPIRED;
        if (advance(agreementId, version, status)) {
            replaceAllocations(agreementId, List.of());
        }
    }

    @Transactional
    public Page<PlanLine> list(PlanLineFilter filter, String cursor, int limit) {
        CreationKeyset after = cursor == null ? null : CreationKeyset.decode(cursor);
        return Page.of(lines.page(filter, after, limit + 1), limit,
                l -> new CreationKeyset(l.createdAt, l.id).encode());
    }

    /** Records the agreement's new version; {@code false} when the event is not newer than what we hold. */
    private boolean advance(UUID agreementId, long version, AgreementReplica.Status status) {
        AgreementReplica agreement = em.find(AgreementReplica.class, agreementId);
        if (agreement == null) {
            agreement = new AgreementReplica();
            agreement.agreementId = agreementId;
        } else if (agreement.sourceVersion >= version) {
            LOG.debugf("agreement %s version %d is not newer than %d; ignored", agreementId, version,
                    agreement.sourceVersion);
            return false;
        }
        agreement.status = status;
        agreement.sourceVersion = version;
        agreement.updatedAt = OffsetDateTime.now();
        em.persist(agreement);
        em.flush();
        return true;
    }

    private void replaceAllocations(UUID agreementId, List<SeatAllocation> allocations) {
        OffsetDateTime now = CreationKeyset.currentTimestamp();
        Map<AllocationKey, PlanLine> existing = new HashMap<>();
        for (PlanLine line : lines.ofAgreement(agreementId)) {
            existing.put(AllocationKey.of(line), line);
        }
        for (SeatAllocation allocation : allocations) {
            PlanLine line = existing.remove(AllocationKey.of(allocation));
            if (line == null) {
                line = newLine(agreementId, allocation, now);
            }
            line.seats = allocation.seats();
            line.status = PlanLineStatus.OPEN;
            line.updatedAt = now;
            lines.persist(line);
        }
        for (PlanLine dropped : existing.values()) {
            dropped.status = PlanLineStatus.CLOSED;
            dropped.updatedAt = now;
        }
    }

    private static PlanLine newLine(UUID agreementId, SeatAllocation allocation, OffsetDateTime now) {
        PlanLine line = new PlanLine();
        line.id = UUID.randomUUID();
        line.agreementId = agreementId;
        line.programId = allocation.programId();
        line.intakeYear = allocation.intakeYear();
        line.planProvince = allocation.planProvince();
        line.sourceProvince = allocation.sourceProvince();
        line.planType = PlanType.valueOf(allocation.planType());
        line.batch = SeatBatches.batchOf(line.planType);
        line.createdAt = now;
        return line;
    }

    /** What identifies an allocation within its agreement (the unique constraint of plan_line). */
    private record AllocationKey(UUID programId, int intakeYear, String planProvince, String sourceProvince,
                                 String planType) {

        static AllocationKey of(PlanLine line) {
            return new AllocationKey(line.programId, line.intakeYear, line.planProvince, line.sourceProvince,
                    line.planType.name());
        }

        static AllocationKey of(SeatAllocation a) {
            return new AllocationKey(a.programId(), a.intakeYear(), a.planProvince(), a.sourceProvince(),
                    a.planType());
        }
    }
}
