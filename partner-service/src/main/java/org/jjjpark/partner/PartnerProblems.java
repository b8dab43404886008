package org.jjjpark.partner;

/** Stable problem codes of partner-service, in addition to the shared ones. */
public final class PartnerProblems {

    public static final String PARTNER_NOT_FOUND = "PARTNER_NOT_FOUND";
    public static final String PROGRAM_NOT_FOUND = "PROGRAM_NOT_FOUND";
    public static final String INVALID_IDENTIFIER = "INVALID_IDENTIFIER";
    public static final String INVALID_REGION_CODE = "INVALID_REGION_CODE";
    public static final String DUPLICATE_IDENTIFIER = "DUPLICATE_IDENTIFIER";
    public static final String DUPLICATE_PROGRAM = "DUPLICATE_PROGRAM";
    public static final String PARTNER_INACTIVE = "PARTNER_INACTIVE";
    public static final String NOT_AN_INSTITUTION = "NOT_AN_INSTITUTION";
    public static final String PROGRAM_WITHDRAWN = "PROGRAM_WITHDRAWN";
    public static final String DUPLICATE_SUBJECT = "DUPLICATE_SUBJECT";

    private PartnerProblems() {
    }
}
