package org.jjjpark.events.agreement;

import java.util.UUID;

/**
 * A party to an agreement, as events name it: the partner (an id from {@code partner.events}) and its role.
 *
 * @param role e.g. {@code PARK}, {@code UNIVERSITY}, {@code SPONSOR}
 */
public record AgreementParty(UUID partnerId, String role) {
}
