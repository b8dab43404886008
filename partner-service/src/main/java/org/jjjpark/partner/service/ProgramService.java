package org.jjjpark.partner.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;
import org.jjjpark.partner.Partner;
import org.jjjpark.partner.PartnerProblems;
import org.jjjpark.partner.Program;
import org.jjjpark.partner.ProgramStatus;
import org.jjjpark.partner.Subject;
import org.jjjpark.partner.messaging.PartnerEventPublisher;
import org.jjjpark.partner.repository.PartnerRepository;
import org.jjjpark.partner.repository.ProgramFilter;
import org.jjjpark.partner.repository.ProgramRepository;
import org.jjjpark.partner.rest.ProgramRequest;
import org.jjjpark.partner.rest.ProgramUpdate;

import java.util.HashSet;
import java.util.List;
import java.util.UUID;

/** Offering, changing and withdrawing programs; only active institutions offer programs. */
@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final PartnerRepository partners;
    private final PartnerEventPublisher events;

    @Inject
    public ProgramService(ProgramRepository programs, PartnerRepository partners, PartnerEventPublisher events) {
        this.programs = programs;
        this.partners = partners;
        this.events = events;
    }

    @Transactional
    public Program offer(ProgramRequest request) {
        Partner institution = partners.findByIdOptional(request.partnerId()).orElseThrow(() ->
                ApiException.unprocessable(PartnerProblems.PARTNER_NOT_FOUND,
                        "partnerId " + request.partnerId() + " names no registered partner"));
        if (!institution.type.isInstitution()) {
            throw ApiException.unprocessable(PartnerProblems.NOT_AN_INSTITUTION,
                    "only universities and vocational colleges offer programs; this partner is a " + institution.type);
        }
        if (!institution.isActive()) {
            throw ApiException.conflict(PartnerProblems.PARTNER_INACTIVE,
                    "partner " + institution.id + " is deactivated and cannot offer programs");
        }
        String campus = request.campus().strip();
        if (programs.isOffered(institution.id, request.catalogueCode(), campus)) {
            throw duplicate(request.catalogueCode(), campus);
        }
        Program program = new Program();
        program.id = UUID.randomUUID();
        program.partnerId = institution.id;
        program.catalogueCode = request.catalogueCode();
        program.status = ProgramStatus.OFFERED;
        program.createdAt = CreationKeyset.currentTimestamp();
        apply(program, request.nameZh(), request.nameEn(), request.degree(), request.durationYears(), campus,
                request.subjectRequirements());
        try {
            programs.persistAndFlush(program);
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw duplicate(request.catalogueCode(), campus);
            }
            throw e;
        }
        events.offered(program);
        return program;
    }

    @Transactional
    public Program get(UUID id) {
        return programs.findByIdOptional(id).orElseThrow(() -> ApiException.notFound(
                PartnerProblems.PROGRAM_NOT_FOUND, "no program with id " + id));
    }

    @Transactional
    public Program update(UUID id, ProgramUpdate update, Long expectedVersion) {
        Program program = get(id);
        PartnerService.requireVersion(expectedVersion, program.version);
        if (!program.isOffered()) {
            throw ApiException.conflict(PartnerProblems.PROGRAM_WITHDRAWN, "program " + id + " is withdrawn");
        }
        String campus = update.campus().strip();
        if (!campus.equals(program.campus) && programs.isOffered(program.partnerId, program.catalogueCode, campus)) {
            throw duplicate(program.catalogueCode, campus);
        }
        apply(program, update.nameZh(), update.nameEn(), update.degree(), update.durationYears(), campus,
                update.subjectRequirements());
        events.updated(program);
        return program;
    }

    /** Withdraws a program; withdrawing twice changes nothing. */
    @Transactional
    public Program withdraw(UUID id, Long expectedVersion) {
        Program program = get(id);
        PartnerService.requireVersion(expectedVersion, program.version);
        if (program.isOffered()) {
            program.status = ProgramStatus.WITHDRAWN;
            program.updatedAt = CreationKeyset.currentTimestamp();
            events.withdrawn(program);
        }
        return program;
    }

    @Transactional
    public Page<Program> list(ProgramFilter filter, String cursor, int limit) {
        CreationKeyset after = cursor == null ? null : CreationKeyset.decode(cursor);
        return Page.of(programs.page(filter, after, limit + 1), limit,
                p -> new CreationKeyset(p.createdAt, p.id).encode());
    }

    private static void apply(Program program, String nameZh, String nameEn, org.jjjpark.partner.Degree degree,
                              int durationYears, String campus, List<Subject> subjects) {
        List<Subject> required = subjects == null ? List.of() : List.copyOf(subjects);
        if (new HashSet<>(required).size() != required.size()) {
            throw ApiException.invalidField(PartnerProblems.DUPLICATE_SUBJECT, "subjectRequirements",
                    "lists a subject twice");
        }
        program.nameZh = nameZh.strip();
        program.nameEn = nameEn.strip();
        program.degree = degree;
        program.durationYears = durationYears;
        program.campus = campus;
        program.subjectRequirements = required;
        program.updatedAt = CreationKeyset.currentTimestamp();
    }

    private static ApiException duplicate(String code, String campus) {
        return ApiException.conflict(PartnerProblems.DUPLICATE_PROGRAM,
                "the institution already offers " + code + " at " + campus);
    }
}
