package org.jjjpark.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An organisation in the park's register: a university, enterprise, government body, school or alliance. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false)
    public PartnerType type;

    @Column(name = "name_zh", nullable = false)
    public String nameZh;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    /** MoE institution code or unified social credit code, depending on {@link #type}. Unique. */
    @Column(nullable = false)
    public String identifier;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    /** Office contact: personal data of a staff member, so it never leaves this service in events. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PartnerStatus status;

    /** Optimistic lock; also the version carried by events and the ETag of the resource. */
    @Version
    public long version;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    public boolean isActive() {
        return status == PartnerStatus.ACTIVE;
    }
}
