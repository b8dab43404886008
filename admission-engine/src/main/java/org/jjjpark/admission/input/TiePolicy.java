package org.jjjpark.admission.input;

/** What decides between applicants still equal after the whole tie-break chain (DOMAIN.md d.3). */
public enum TiePolicy {
    /** 全部投档: every fully tied applicant at a cutoff is placed, even above capacity; the overflow is reported. */
    ADMIT_ALL_TIED,
    /** HMAC-SHA256(published seed, applicant id), lower value first, decides: capacity is never exceeded. */
    STRICT_LOTTERY
}
