package org.jjjpark.http.security;

/** The roles tokens carry in their {@code groups} claim (ARCHITECTURE section 6). */
public final class Roles {

    /** A candidate acting for themselves; the token's subject is the candidate id. */
    public static final String APPLICANT = "applicant";
    /** An education authority's system; claim {@code province} names its province. */
    public static final String COMMISSION = "commission";
    /** A partner institution's system; claim {@code partnerId} names the partner. */
    public static final String PARTNER = "partner";
    /** The park's operators. */
    public static final String OPERATOR = "operator";

    public static final String PROVINCE_CLAIM = "province";
    public static final String PARTNER_ID_CLAIM = "partnerId";

    private Roles() {
    }
}
