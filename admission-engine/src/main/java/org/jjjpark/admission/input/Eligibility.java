package org.jjjpark.admission.input;

/** {@code elig(a, u)} and {@code elig(a, m)} of DOMAIN.md d.0 over the snapshot's arrays. */
public final class Eligibility {

    private final ApplicantTable applicants;
    private final UnitTable units;
    private final int controlLine;

    Eligibility(ApplicantTable applicants, UnitTable units, int controlLine) {
        this.applicants = applicants;
        this.units = units;
        this.controlLine = controlLine;
    }

    public boolean atUnit(int a, int u) {
        return reasonAtUnit(a, u) == null;
    }

    /** Why {@code a} may not be dropped to unit {@code u}: the control line, then the unit's requirements; null if eligible. */
    public IneligibilityReason reasonAtUnit(int a, int u) {
        if (applicants.total(a) < controlLine) {
            return IneligibilityReason.BELOW_CONTROL_LINE;
        }
        return units.unitRequirementFailedBy(u, applicants, a);
    }

    public boolean forMajor(int a, int m) {
        return reasonForMajor(a, m) == null;
    }

    /** Why {@code a} may not be admitted to major {@code m}: anything that bars its unit, then its own requirements. */
    public IneligibilityReason reasonForMajor(int a, int m) {
        IneligibilityReason atUnit = reasonAtUnit(a, units.unitOfMajor(m));
        return atUnit != null ? atUnit : units.majorRequirementFailedBy(m, applicants, a);
    }
}
