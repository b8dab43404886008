package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** The rules of one admission scope: when lists may be filled, how long they may be, how ties are broken. */
@Entity
@Table(name = "admission_config")
public class AdmissionConfig {

    @EmbeddedId
    public AdmissionScope scope;

    @Column(name = "window_opens_at", nullable = false)
    public OffsetDateTime windowOpensAt;

    /** After this instant lists are frozen for the admission round. */
    @Column(name = "window_closes_at", nullable = false)
    public OffsetDateTime windowClosesAt;

    /** K: the most choices (units) a list may hold. */
    @Column(name = "max_choices", nullable = false)
    public int maxChoices;

    /** J: the most majors a choice may list within its unit. */
    @Column(name = "max_majors_per_unit", nullable = false)
    public int maxMajorsPerUnit;

    /** r: a unit receives up to ceil(seats × r) files. */
    @Column(name = "drop_ratio", nullable = false)
    public BigDecimal dropRatio;

    @Convert(converter = TieBreakChainConverter.class)
    @Column(name = "tie_break_chain", nullable = false)
    public List<TieBreakKey> tieBreakChain;

    @Enumerated(EnumType.STRING)
    @Column(name = "tie_policy", nullable = false)
    public TiePolicy tiePolicy;

    @Version
    public long version;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** Where {@code instant} lies relative to the filling window. */
    public FillingWindow.Position windowPosition(OffsetDateTime instant) {
        return new FillingWindow(windowOpensAt, windowClosesAt).positionOf(instant);
    }
}
