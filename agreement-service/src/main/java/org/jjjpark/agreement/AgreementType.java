package org.jjjpark.agreement;

/** Kinds of agreement the park signs (DOMAIN.md, "The park and its parties"). */
public enum AgreementType {
    /** A university joins the park and offers majors there: authorises seats. */
    CO_CONSTRUCTION,
    INTERNSHIP_EMPLOYMENT_BASE,
    TALENT_ALLIANCE,
    /** An enterprise-sponsored cohort (订单班): authorises seats of plan type ORDER_CLASS and names its sponsor. */
    ORDER_CLASS,
    SCHOOL_LOCAL_COOPERATION;

    /** Only these types carry seat allocations; the others organise cooperation without enrolling anyone. */
    public boolean createsSeats() {
        return this == CO_CONSTRUCTION || this == ORDER_CLASS;
    }
}
