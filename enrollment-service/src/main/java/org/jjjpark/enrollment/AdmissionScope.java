package org.jjjpark.enrollment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** What admission rules are set for: one batch of one source province in one intake year. */
@Embeddable
public record AdmissionScope(
        @Column(name = "intake_year", nullable = false)
        int intakeYear,
        @Column(name = "source_province", nullable = false)
        String sourceProvince,
        @Enumerated(EnumType.STRING)
        @Column(nullable = false)
        Batch batch) {
}
