package org.jjjpark.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** What agreement-service knows of a program (major), learnt from {@code partner.events} only. */
@Entity
@Table(name = "program_replica")
public class ReplicatedProgram extends ReplicatedAggregate {

    public static final String OFFERED = "OFFERED";

    @Id
    @Column(name = "program_id")
    public UUID programId;

    /** The offering institution. */
    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(name = "catalogue_code")
    public String catalogueCode;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column
    public String campus;

    public boolean isOffered() {
        return OFFERED.equals(status);
    }
}
