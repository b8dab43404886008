package org.jjjpark.agreement;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * One version of an agreement's seat allocations. Written once and never changed: an amendment adds the next
 * version, so the history of what was authorised when stays readable.
 */
@Entity
@Table(name = "allocation_version")
public class AllocationVersion {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    /** 1 for the allocations the parties signed, then one more per amendment. */
    @Column(nullable = false)
    public int number;

    /** Why the allocations were amended; absent for the original version. */
    @Column
    public String reason;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "seat_allocation", joinColumns = @JoinColumn(name = "allocation_version_id"))
    @OrderColumn(name = "position")
    public List<SeatAllocation> allocations = new ArrayList<>();
}
