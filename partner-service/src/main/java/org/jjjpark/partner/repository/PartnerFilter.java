package org.jjjpark.partner.repository;

import org.jjjpark.partner.PartnerStatus;
import org.jjjpark.partner.PartnerType;

/** Optional criteria of a partner list; {@code null} means "any". */
public record PartnerFilter(PartnerType type, String regionCode, PartnerStatus status, String nameContains,
                            String identifier) {
}
