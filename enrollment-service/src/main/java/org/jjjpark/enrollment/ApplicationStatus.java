package org.jjjpark.enrollment;

/**
 * Where an application stands. This service moves applications between SUBMITTED and WITHDRAWN; the
 * admission round takes them further (DOMAIN.md: LOCKED, DROPPED, ADMITTED, ...).
 */
public enum ApplicationStatus {
    SUBMITTED,
    WITHDRAWN
}
