package org.jjjpark.agreement;

/** The part a partner plays in one agreement; the same partner may play different parts in different agreements. */
public enum PartyRole {
    /** The park itself (its host college). */
    PARK,
    /** A university that teaches at the park. */
    UNIVERSITY,
    /** An enterprise cooperating in teaching or research. */
    ENTERPRISE,
    /** The enterprise that sponsors an order class. */
    SPONSOR,
    /** The organisation hosting an internship and employment base. */
    BASE_HOST,
    /** A talent-training alliance. */
    ALLIANCE,
    /** A local government body. */
    GOVERNMENT,
    /** A vocational school. */
    SCHOOL
}
