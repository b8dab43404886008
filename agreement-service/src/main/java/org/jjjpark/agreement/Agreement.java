package org.jjjpark.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An agreement between the park and its partners: who takes part in which role, for which period, the document
 * they sign and, for seat-creating types, the seats it authorises. Its status moves by {@link AgreementLifecycle}.
 */
@Entity
@Table(name = "agreement")
public class Agreement {

    @Id
    public UUID id;

    /** The agreement's own number (合同编号), unique in the park. */
    @Column(nullable = false)
    public String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", nullable = false)
    public AgreementType type;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public AgreementStatus status;

    /** First day in effect. */
    @Column(name = "effective_from", nullable = false)
    public LocalDate effectiveFrom;

    /** Last day in effect; the agreement expires the day after. */
    @Column(name = "effective_to", nullable = false)
    public LocalDate effectiveTo;

    /** SHA-256 (lower-case hex) of the document the parties sign: what each signature attests to. */
    @Column(name = "document_sha256", nullable = false)
    public String documentSha256;

    @Column(name = "document_uri", nullable = false)
    public String documentUri;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<AgreementParty> parties = new ArrayList<>();

    /** Every version of the seat allocations, oldest first; the last one is in force. */
    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL)
    @OrderBy("number")
    public List<AllocationVersion> allocationHistory = new ArrayList<>();

    /** Number of the allocation version in force (1 for the signed original). */
    @Column(name = "allocation_version", nullable = false)
    public int allocationVersion;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    @Column(name = "expired_at")
    public OffsetDateTime expiredAt;

    @Column(name = "terminated_at")
    public OffsetDateTime terminatedAt;

    @Column(name = "termination_reason")
    public String terminationReason;

    /** Optimistic lock; also the version carried by events and the ETag of the resource. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public Optional<AgreementParty> party(UUID partnerId) {
        return parties.stream().filter(p -> p.partnerId.equals(partnerId)).findFirst();
    }

    public boolean isParty(UUID partnerId) {
        return party(partnerId).isPresent();
    }

    public boolean everyPartySigned() {
        return parties.stream().allMatch(AgreementParty::hasSigned);
    }

    /** The seat allocations in force: those of the newest version. */
    public List<SeatAllocation> allocations() {
        return allocationHistory.isEmpty() ? List.of() : allocationHistory.get(allocationHistory.size() - 1).allocations;
    }

    /** The sponsor of an order class; agreements of other types may have none. */
    public Optional<AgreementParty> sponsor() {
        return parties.stream().filter(p -> p.role == PartyRole.SPONSOR).findFirst();
    }
}
