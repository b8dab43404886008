package org.jjjpark.agreement.repository;

import org.jjjpark.agreement.AgreementStatus;
import org.jjjpark.agreement.AgreementType;

import java.util.UUID;

/**
 * Optional criteria of an agreement list; {@code null} means "any".
 *
 * @param regionCode a party is seated in this region or inside it (130000 = anywhere in Hebei)
 * @param year       the agreement is in effect at some time in this calendar year
 * @param visibleTo  only agreements this partner is party to: what a partner client may see
 */
public record AgreementFilter(AgreementType type, AgreementStatus status, UUID partyId, String regionCode,
                              Integer year, String reference, UUID visibleTo) {
}
