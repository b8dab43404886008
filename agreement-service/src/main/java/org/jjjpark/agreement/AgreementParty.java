package org.jjjpark.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.time.OffsetDateTime;
import java.util.UUID;

/** One party of one agreement, with its signature once it has signed. */
@Entity
@Table(name = "agreement_party")
public class AgreementParty {

    @Id
    public UUID id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "agreement_id")
    public Agreement agreement;

    /** Order in which the parties were listed in the draft, kept for display. */
    @Column(nullable = false)
    public int position;

    /** A partner of the replica; kept as an id because the replica may lag behind. */
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartyRole role;

    /** Who signed for the party, e.g. "Vice President Li". Personal data: never in events. */
    @Column
    public String signer;

    /** When the party signed (the date on the document), not when it was recorded. */
    @Column(name = "signed_at")
    public OffsetDateTime signedAt;

    /** The client that recorded the signature: an operator on the party's behalf, or the partner itself. */
    @Column(name = "recorded_by")
    public String recordedBy;

    public boolean hasSigned() {
        return signedAt != null;
    }
}
