package org.jjjpark.agreement;

/** Stable problem codes of agreement-service, in addition to the shared ones. */
public final class AgreementProblems {

    public static final String AGREEMENT_NOT_FOUND = "AGREEMENT_NOT_FOUND";
    public static final String DUPLICATE_REFERENCE = "DUPLICATE_REFERENCE";
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
    public static final String INVALID_PERIOD = "INVALID_PERIOD";
    public static final String DUPLICATE_PARTY = "DUPLICATE_PARTY";
    public static final String SPONSOR_REQUIRED = "SPONSOR_REQUIRED";
    public static final String SEATS_REQUIRED = "SEATS_REQUIRED";
    public static final String SEATS_NOT_ALLOWED = "SEATS_NOT_ALLOWED";
    public static final String DUPLICATE_ALLOCATION = "DUPLICATE_ALLOCATION";
    public static final String INTAKE_YEAR_OUTSIDE_PERIOD = "INTAKE_YEAR_OUTSIDE_PERIOD";
    public static final String PLAN_TYPE_MISMATCH = "PLAN_TYPE_MISMATCH";
    public static final String PARTY_UNKNOWN = "PARTY_UNKNOWN";
    public static final String PARTY_INACTIVE = "PARTY_INACTIVE";
    public static final String PROGRAM_UNKNOWN = "PROGRAM_UNKNOWN";
    public static final String PROGRAM_WITHDRAWN = "PROGRAM_WITHDRAWN";
    public static final String PROGRAM_NOT_OFFERED_BY_A_PARTY = "PROGRAM_NOT_OFFERED_BY_A_PARTY";
    public static final String NOT_A_PARTY = "NOT_A_PARTY";
    public static final String SIGNATURE_FOR_ANOTHER_PARTY = "SIGNATURE_FOR_ANOTHER_PARTY";
    public static final String NO_PARTNER_CLAIM = "NO_PARTNER_CLAIM";

    private AgreementProblems() {
    }
}
