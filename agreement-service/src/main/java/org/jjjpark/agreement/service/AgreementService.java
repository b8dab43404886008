package org.jjjpark.agreement.service;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.agreement.Agreement;
import org.jjjpark.agreement.AgreementLifecycle;
import org.jjjpark.agreement.AgreementParty;
import org.jjjpark.agreement.AgreementProblems;
import org.jjjpark.agreement.AgreementRules;
import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.agreement.AllocationVersion;
import org.jjjpark.agreement.LifecycleEvent;
import org.jjjpark.agreement.Party;
import org.jjjpark.agreement.ReplicatedPartner;
import org.jjjpark.agreement.SeatAllocation;
import org.jjjpark.agreement.messaging.AgreementEventPublisher;
import org.jjjpark.agreement.repository.AgreementFilter;
import org.jjjpark.agreement.repository.AgreementRepository;
import org.jjjpark.agreement.repository.ReplicatedPartnerRepository;
import org.jjjpark.agreement.repository.ReplicatedProgramRepository;
import org.jjjpark.agreement.rest.AgreementRequest;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;
import org.jjjpark.http.problem.ProblemCodes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Drafting, signing, amending and terminating agreements, and the transitions the calendar brings. Each change
 * and its events commit together; every change of one agreement locks its row first, so two signatures or an
 * amendment racing the scheduler apply one after the other, never both from the same state.
 */
@ApplicationScoped
public class AgreementService {

    private static final Logger LOG = Logger.getLogger(AgreementService.class);
    /** Agreements handled per scheduler run; more wait for the next run a moment later. */
    private static final int DUE_BATCH = 200;

    private final AgreementRepository agreements;
    private final ReplicatedPartnerRepository partners;
    private final ReplicatedProgramRepository programs;
    private final AgreementEventPublisher events;
    private final Clock clock;

    @Inject
    public AgreementService(AgreementRepository agreements, ReplicatedPartnerRepository partners,
                            ReplicatedProgramRepository programs, AgreementEventPublisher events, Clock clock) {
        this.agreements = agreements;
        this.partners = partners;
        this.programs = programs;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public Agreement draft(AgreementRequest request) {
        List<SeatAllocation> allocations = request.allocationsOrNone();
        AgreementRules.requireConsistent(request.type(), request.parties(), request.effectiveFrom(),
                request.effectiveTo(), allocations);
        if (agreements.findByReference(request.reference()).isPresent()) {
            throw duplicateReference(request.reference());
        }
        Set<UUID> partyIds = request.parties().stream().map(Party::partnerId).collect(Collectors.toSet());
        AgreementRules.requireActiveParties(request.parties(), partners.byIds(partyIds));
        AgreementRules.requireAllocatablePrograms(allocations, partyIds, programs.byIds(programIds(allocations)),
                Map.of());

        Agreement agreement = new Agreement();
        agreement.id = UUID.randomUUID();
        agreement.reference = request.reference();
        agreement.type = request.type();
        agreement.title = request.title().strip();
        agreement.status = AgreementStatus.DRAFT;
        agreement.effectiveFrom = request.effectiveFrom();
        agreement.effectiveTo = request.effectiveTo();
        agreement.documentSha256 = request.document().sha256().toLowerCase(Locale.ROOT);
        agreement.documentUri = request.document().uri();
        agreement.createdAt = CreationKeyset.currentTimestamp();
        agreement.updatedAt = agreement.createdAt;
        for (Party party : request.parties()) {
            AgreementParty row = new AgreementParty();
            row.id = UUID.randomUUID();
            row.agreement = agreement;
            row.position = agreement.parties.size();
            row.partnerId = party.partnerId();
            row.role = party.role();
            agreement.parties.add(row);
        }
        addAllocationVersion(agreement, allocations, null);
        try {
            agreements.persistAndFlush(agreement);
        } catch (PersistenceException e) {
            // Two drafts with the same reference raced past the check above; the unique index decided.
            if (UniqueViolation.in(e)) {
                throw duplicateReference(request.reference());
            }
            throw e;
        }
        events.drafted(agreement);
        LOG.infof("drafted agreement %s (%s %s)", agreement.id, agreement.type, agreement.reference);
        return agreement;
    }

    /**
     * @param visibleTo the partner whose agreements the caller may see, or {@code null} for all; an agreement
     *                  it is not party to is reported missing, so its existence is not revealed
     */
    @Transactional
    public Agreement get(UUID id, UUID visibleTo) {
        return agreements.findByIdOptional(id).filter(a -> visibleTo == null || a.isParty(visibleTo))
                .orElseThrow(() -> notFound(id));
    }

    @Transactional
    public Page<Agreement> list(AgreementFilter filter, String cursor, int limit) {
        CreationKeyset after = cursor == null ? null : CreationKeyset.decode(cursor);
        return Page.of(agreements.page(filter, after, limit + 1), limit,
                a -> new CreationKeyset(a.createdAt, a.id).encode());
    }

    /**
     * Records a party's signature. Signing again changes nothing and publishes nothing. The last signature makes
     * the agreement SIGNED, and ACTIVE at once when its effective date has come.
     *
     * @param visibleTo  as for {@link #get}
     * @param signedAt   when the party signed, or {@code null} for now
     * @param recordedBy the client recording it
     */
    @Transactional
    public Agreement sign(UUID id, UUID visibleTo, UUID partyId, String signer, OffsetDateTime signedAt,
                          String recordedBy) {
        Agreement agreement = agreements.findForUpdate(id).filter(a -> visibleTo == null || a.isParty(visibleTo))
                .orElseThrow(() -> notFound(id));
        AgreementParty party = agreement.party(partyId).orElseThrow(() -> ApiException.unprocessable(
                AgreementProblems.NOT_A_PARTY, "partner " + partyId + " is not a party to agreement " + id));
        if (party.hasSigned()) {
            return agreement;
        }
        boolean last = agreement.parties.stream().filter(p -> p != party).allMatch(AgreementParty::hasSigned);
        AgreementStatus next = AgreementLifecycle.next(agreement.status,
                last ? LifecycleEvent.LAST_SIGNATURE : LifecycleEvent.SIGNATURE);
        ReplicatedPartner partner = partners.findById(partyId);
        if (partner != null && !partner.isActive()) {
            throw ApiException.unprocessable(AgreementProblems.PARTY_INACTIVE,
                    "partner " + partyId + " is deactivated and cannot sign");
        }
        party.signer = signer.strip();
        party.signedAt = (signedAt == null ? OffsetDateTime.now(clock) : signedAt).truncatedTo(ChronoUnit.MICROS);
        party.recordedBy = recordedBy;
        agreement.status = next;
        agreement.updatedAt = now();
        events.signed(agreement, party);
        if (next == AgreementStatus.SIGNED) {
            applyDueTransition(agreement, today());
        }
        return agreement;
    }

    /**
     * Replaces the seat allocations of an active agreement by a new version; earlier versions stay as history.
     *
     * @param expectedVersion the version the client last read ({@code If-Match}), or {@code null} to skip the check
     */
    @Transactional
    public Agreement amend(UUID id, List<SeatAllocation> allocations, String reason, Long expectedVersion) {
        Agreement agreement = agreements.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireVersion(expectedVersion, agreement.version);
        if (!agreement.type.createsSeats()) {
            throw ApiException.invalidField(AgreementProblems.SEATS_NOT_ALLOWED, "allocations",
                    "a " + agreement.type + " agreement allocates no seats, so there is nothing to amend");
        }
        AgreementLifecycle.next(agreement.status, LifecycleEvent.AMENDMENT);
        AgreementRules.requireConsistentAllocations(agreement.type, agreement.effectiveFrom, agreement.effectiveTo,
                allocations);
        Set<UUID> partyIds = agreement.parties.stream().map(p -> p.partnerId).collect(Collectors.toSet());
        Map<SeatAllocation.Key, Integer> currentSeats = agreement.allocations().stream()
                .collect(Collectors.toMap(SeatAllocation::key, SeatAllocation::seats));
        AgreementRules.requireAllocatablePrograms(allocations, partyIds, programs.byIds(programIds(allocations)),
                currentSeats);
        addAllocationVersion(agreement, allocations, reason.strip());
        agreement.updatedAt = now();
        events.amended(agreement);
        LOG.infof("amended agreement %s: allocation version %d", id, agreement.allocationVersion);
        return agreement;
    }

    @Transactional
    public Agreement terminate(UUID id, String reason, Long expectedVersion) {
        Agreement agreement = agreements.findForUpdate(id).orElseThrow(() -> notFound(id));
        requireVersion(expectedVersion, agreement.version);
        agreement.status = AgreementLifecycle.next(agreement.status, LifecycleEvent.TERMINATION);
        agreement.terminationReason = reason.strip();
        agreement.terminatedAt = now();
        agreement.updatedAt = agreement.terminatedAt;
        events.terminated(agreement);
        LOG.infof("terminated agreement %s", id);
        return agreement;
    }

    /**
     * Activates the signed agreements whose effective date has come and expires those whose end date has passed,
     * each in its own transaction: one that fails is retried on the next run and holds up no other.
     *
     * @return how many agreements changed
     */
    public int applyDueTransitions() {
        LocalDate today = today();
        List<UUID> due = QuarkusTransaction.requiringNew().call(() -> agreements.dueOn(today, DUE_BATCH));
        int changed = 0;
        for (UUID id : due) {
            try {
                // Locked and read again: another instance may have handled it since the query above.
                if (QuarkusTransaction.requiringNew().call(() -> agreements.findForUpdate(id)
                        .map(agreement -> applyDueTransition(agreement, today)).orElse(false))) {
                    changed++;
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "could not apply the due transition of agreement %s; retrying on the next run", id);
            }
        }
        return changed;
    }

    /** Takes the date-driven step due on {@code today}, if any, and publishes it. */
    private boolean applyDueTransition(Agreement agreement, LocalDate today) {
        var due = AgreementLifecycle.dueOn(agreement.status, agreement.effectiveFrom, agreement.effectiveTo, today);
        if (due.isEmpty()) {
            return false;
        }
        agreement.status = AgreementLifecycle.next(agreement.status, due.get());
        agreement.updatedAt = now();
        if (agreement.status == AgreementStatus.ACTIVE) {
            agreement.activatedAt = agreement.updatedAt;
            events.activated(agreement);
        } else {
            agreement.expiredAt = agreement.updatedAt;
            events.expired(agreement);
        }
        LOG.infof("agreement %s is %s on %s", agreement.id, agreement.status, today);
        return true;
    }

    private void addAllocationVersion(Agreement agreement, List<SeatAllocation> allocations, String reason) {
        AllocationVersion version = new AllocationVersion();
        version.id = UUID.randomUUID();
        version.agreement = agreement;
        version.number = agreement.allocationVersion + 1;
        version.reason = reason;
        version.createdAt = now();
        version.allocations.addAll(allocations);
        agreement.allocationHistory.add(version);
        agreement.allocationVersion = version.number;
    }

    private static Set<UUID> programIds(List<SeatAllocation> allocations) {
        return allocations.stream().map(SeatAllocation::programId).collect(Collectors.toSet());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ApiException.preconditionFailed(ProblemCodes.VERSION_MISMATCH,
                    "the agreement is at version " + actual + ", not " + expected + "; read it again");
        }
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(AgreementProblems.AGREEMENT_NOT_FOUND, "no agreement with id " + id);
    }

    private static ApiException duplicateReference(String reference) {
        return ApiException.conflict(AgreementProblems.DUPLICATE_REFERENCE,
                "an agreement with reference " + reference + " is recorded already");
    }
}
