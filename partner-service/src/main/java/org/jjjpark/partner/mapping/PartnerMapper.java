package org.jjjpark.partner.mapping;

import org.jjjpark.partner.Partner;
import org.jjjpark.partner.Program;
import org.jjjpark.partner.rest.ContactDetails;
import org.jjjpark.partner.rest.PartnerView;
import org.jjjpark.partner.rest.ProgramView;

/** Entity to response mapping; the only place that decides what clients see of a partner or program. */
public final class PartnerMapper {

    private PartnerMapper() {
    }

    /**
     * @param withContact whether the caller may see the office contact: operators and the partner itself only,
     *                    since it names a member of staff
     */
    public static PartnerView toView(Partner p, boolean withContact) {
        boolean recorded = p.contactName != null || p.contactEmail != null || p.contactPhone != null;
        ContactDetails contact = withContact && recorded
                ? new ContactDetails(p.contactName, p.contactEmail, p.contactPhone) : null;
        return new PartnerView(p.id, p.type, p.nameZh, p.nameEn, p.identifier, p.regionCode, contact, p.status,
                p.version, p.createdAt, p.updatedAt);
    }

    public static ProgramView toView(Program p) {
        return new ProgramView(p.id, p.partnerId, p.catalogueCode, p.nameZh, p.nameEn, p.degree, p.durationYears,
                p.campus, p.subjectRequirements, p.status, p.version, p.createdAt, p.updatedAt);
    }
}
