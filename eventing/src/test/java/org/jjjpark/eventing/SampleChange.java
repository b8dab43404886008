package org.jjjpark.eventing;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A business row of the sample application: whatever a service changes alongside its event. */
@Entity
@Table(name = "sample_change")
public class SampleChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "partner_id", nullable = false)
    public UUID partnerId;

    @Column(nullable = false)
    public long version;
}
