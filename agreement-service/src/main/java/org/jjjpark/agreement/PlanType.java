package org.jjjpark.agreement;

/** The enrollment plan a seat belongs to. */
public enum PlanType {
    GENERAL,
    /** Seats of an enterprise-sponsored order class; only order-class agreements allocate them. */
    ORDER_CLASS,
    /** Directed plans (定向): graduates serve a designated employer or region. */
    DIRECTED,
    /** Special plans (专项), e.g. for rural and poor areas. */
    SPECIAL
}
