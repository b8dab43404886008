package org.jjjpark.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;
import org.jjjpark.http.problem.ProblemCodes;
import org.jjjpark.partner.Partner;
import org.jjjpark.partner.PartnerProblems;
import org.jjjpark.partner.PartnerStatus;
import org.jjjpark.partner.PartnerType;
import org.jjjpark.partner.Program;
import org.jjjpark.partner.ProgramStatus;
import org.jjjpark.partner.RegionCode;
import org.jjjpark.partner.UnifiedSocialCreditCode;
import org.jjjpark.partner.messaging.PartnerEventPublisher;
import org.jjjpark.partner.repository.PartnerFilter;
import org.jjjpark.partner.repository.PartnerRepository;
import org.jjjpark.partner.repository.ProgramRepository;
import org.jjjpark.partner.rest.ContactDetails;
import org.jjjpark.partner.rest.PartnerRequest;
import org.jjjpark.partner.rest.PartnerUpdate;

import java.util.UUID;

/** Registering, changing and deactivating partners; each change and its event commit together. */
@ApplicationScoped
public class PartnerService {

    private static final Logger LOG = Logger.getLogger(PartnerService.class);

    private final PartnerRepository partners;
    private final ProgramRepository programs;
    private final PartnerEventPublisher events;

    @Inject
    public PartnerService(PartnerRepository partners, ProgramRepository programs, PartnerEventPublisher events) {
        this.partners = partners;
        this.programs = programs;
        this.events = events;
    }

    @Transactional
    public Partner register(PartnerRequest request) {
        requireValidIdentifier(request.type(), request.identifier());
        requireValidRegion(request.regionCode());
        if (partners.findByIdentifier(request.identifier()).isPresent()) {
            throw duplicateIdentifier(request.identifier());
        }
        Partner partner = new Partner();
        partner.id = UUID.randomUUID();
        partner.type = request.type();
        partner.identifier = request.identifier();
        partner.status = PartnerStatus.ACTIVE;
        partner.createdAt = CreationKeyset.currentTimestamp();
        apply(partner, request.nameZh(), request.nameEn(), request.regionCode(), request.contact());
        try {
            partners.persistAndFlush(partner);
        } catch (PersistenceException e) {
            // Two registrations of the same identifier raced past the check above; the unique index decided.
            if (UniqueViolation.in(e)) {
                throw duplicateIdentifier(request.identifier());
            }
            throw e;
        }
        events.registered(partner);
        LOG.infof("registered partner %s (%s %s)", partner.id, partner.type, partner.identifier);
        return partner;
    }

    @Transactional
    public Partner get(UUID id) {
        return partners.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(
                PartnerProblems.PARTNER_NOT_FOUND, "no partner with id " + id));
    }

    /**
     * @param expectedVersion the version the client last read ({@code If-Match}), or {@code null} to skip the
     *                        check; a stale one fails with {@code 412 VERSION_MISMATCH}
     */
    @Transactional
    public Partner update(UUID id, PartnerUpdate update, Long expectedVersion) {
        Partner partner = get(id);
        requireVersion(expectedVersion, partner.version);
        if (!partner.isActive()) {
            throw ApiException.conflict(PartnerProblems.PARTNER_INACTIVE, "partner " + id + " is deactivated");
        }
        requireValidRegion(update.regionCode());
        apply(partner, update.nameZh(), update.nameEn(), update.regionCode(), update.contact());
        events.updated(partner);
        return partner;
    }

    /** Deactivates a partner and withdraws the programs it offers. Deactivating twice changes nothing. */
    @Transactional
    public Partner deactivate(UUID id, Long expectedVersion) {
        Partner partner = get(id);
        requireVersion(expectedVersion, partner.version);
        if (!partner.isActive()) {
            return partner;
        }
        for (Program program : programs.offeredBy(id)) {
            program.status = ProgramStatus.WITHDRAWN;
            program.updatedAt = CreationKeyset.currentTimestamp();
            events.withdrawn(program);
        }
        partner.status = PartnerStatus.INACTIVE;
        partner.updatedAt = CreationKeyset.currentTimestamp();
        events.deactivated(partner);
        LOG.infof("deactivated partner %s", id);
        return partner;
    }

    @Transactional
    public Page<Partner> list(PartnerFilter filter, String cursor, int limit) {
        if (filter.regionCode() != null) {
            requireValidRegion(filter.regionCode());
        }
        CreationKeyset after = cursor == null ? null : CreationKeyset.decode(cursor);
        return Page.of(partners.page(filter, after, limit + 1), limit,
                p -> new CreationKeyset(p.createdAt, p.id).encode());
    }

    static void requireValidIdentifier(PartnerType type, String identifier) {
        if (type.isInstitution()) {
            if (!identifier.matches("\\d{5}")) {
                throw ApiException.invalidField(PartnerProblems.INVALID_IDENTIFIER, "identifier",
                        "a " + type + " is identified by its 5-digit Ministry of Education code, e.g. 10007");
            }
            return;
        }
        String problem = UnifiedSocialCreditCode.problemWith(identifier);
        if (problem != null) {
            throw ApiException.invalidField(PartnerProblems.INVALID_IDENTIFIER, "identifier",
                    "not a unified social credit code: " + problem);
        }
    }

    static void requireVersion(Long expected, long actual) {
        if (expected != null && expected != actual) {
            throw ApiException.preconditionFailed(ProblemCodes.VERSION_MISMATCH,
                    "the resource is at version " + actual + ", not " + expected + "; read it again");
        }
    }

    private static void requireValidRegion(String regionCode) {
        String problem = RegionCode.problemWith(regionCode);
        if (problem != null) {
            throw ApiException.invalidField(PartnerProblems.INVALID_REGION_CODE, "regionCode", problem);
        }
    }

    private static void apply(Partner partner, String nameZh, String nameEn, String regionCode,
                              ContactDetails contact) {
        partner.nameZh = nameZh.strip();
        partner.nameEn = nameEn.strip();
        partner.regionCode = regionCode;
        partner.contactName = contact == null ? null : contact.name();
        partner.contactEmail = contact == null ? null : contact.email();
        partner.contactPhone = contact == null ? null : contact.phone();
        partner.updatedAt = CreationKeyset.currentTimestamp();
    }

    private static ApiException duplicateIdentifier(String identifier) {
        return ApiException.conflict(PartnerProblems.DUPLICATE_IDENTIFIER,
                "a partner with identifier " + identifier + " is registered already");
    }
}
