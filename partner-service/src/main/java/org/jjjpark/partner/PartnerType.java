package org.jjjpark.partner;

/** Kinds of partner the park signs agreements with. */
public enum PartnerType {
    UNIVERSITY,
    VOCATIONAL_COLLEGE,
    ENTERPRISE,
    GOVERNMENT_BODY,
    VOCATIONAL_SCHOOL,
    ALLIANCE;

    /**
     * Higher-education institutions are identified by their 5-digit Ministry of Education code; every other
     * organisation by its 18-character unified social credit code.
     */
    public boolean isInstitution() {
        return this == UNIVERSITY || this == VOCATIONAL_COLLEGE;
    }
}
