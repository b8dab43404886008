package org.jjjpark.partner;

/** A partner is active until deactivated; deactivation is final for its programs. */
public enum PartnerStatus {
    ACTIVE,
    INACTIVE
}
