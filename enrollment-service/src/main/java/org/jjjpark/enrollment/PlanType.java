package org.jjjpark.enrollment;

/** Kinds of plan seats (DOMAIN.md): general, order class (订单班), directed and special programs. */
public enum PlanType {
    GENERAL,
    ORDER_CLASS,
    DIRECTED,
    SPECIAL
}
