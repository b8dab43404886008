package org.jjjpark.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/**
 * What agreement-service knows of a partner, learnt from {@code partner.events} only (ARCHITECTURE §2). Names
 * may be missing when a deactivation arrived before the registration it follows.
 */
@Entity
@Table(name = "partner_replica")
public class ReplicatedPartner extends ReplicatedAggregate {

    public static final String ACTIVE = "ACTIVE";

    @Id
    @Column(name = "partner_id")
    public UUID partnerId;

    /** partner-service's type, e.g. UNIVERSITY; kept as text so a new type there breaks nothing here. */
    @Column(name = "partner_type")
    public String partnerType;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "region_code")
    public String regionCode;

    public boolean isActive() {
        return ACTIVE.equals(status);
    }
}
