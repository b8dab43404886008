package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.ApplicationStatusChange;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.Choice;
import org.jjjpark.enrollment.ChoiceListRules;
import org.jjjpark.enrollment.ChoiceProblem;
import org.jjjpark.enrollment.CountedApplication;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.PlanOption;
import org.jjjpark.enrollment.ProgramReplica;
import org.jjjpark.enrollment.messaging.EnrollmentEventPublisher;
import org.jjjpark.enrollment.repository.AdmissionConfigRepository;
import org.jjjpark.enrollment.repository.ApplicationRepository;
import org.jjjpark.enrollment.repository.ApplicationTallyRepository;
import org.jjjpark.enrollment.repository.PlanLineRepository;
import org.jjjpark.enrollment.repository.ProgramReplicaRepository;
import org.jjjpark.enrollment.rest.ChoiceEntry;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;
import org.jjjpark.http.problem.Problem;
import org.jjjpark.http.problem.ProblemCodes;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Applications of one applicant: submitted, changed and withdrawn inside the filling window only, validated
 * against the plan and the batch's rules, one active application per batch. Every change publishes its event
 * and adjusts the statistics counters in its transaction, so the statistics always match the applications.
 */
@ApplicationScoped
public class ApplicationService {

    private final ApplicationRepository applications;
    private final AdmissionConfigRepository configs;
    private final PlanLineRepository lines;
    private final ProgramReplicaRepository programs;
    private final CandidateService candidates;
    private final EnrollmentEventPublisher events;
    private final ApplicationTallyRepository tallies;
    private final SubmissionMetrics metrics;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public ApplicationService(ApplicationRepository applications, AdmissionConfigRepository configs,
                              PlanLineRepository lines, ProgramReplicaRepository programs,
                              CandidateService candidates,
                              EnrollmentEventPublisher events, ApplicationTallyRepository tallies,
                              SubmissionMetrics metrics, EntityManager em, Clock clock) {
        this.applications = applications;
        this.configs = configs;
        this.lines = lines;
        this.programs = programs;
        this.candidates = candidates;
        this.events = events;
        this.tallies = tallies;
        this.metrics = metrics;
        this.em = em;
        this.clock = clock;
    }

    /** @param applicant the token subject, which is the candidate id */
    @Transactional
    public Application submit(String applicant, Batch batch, List<ChoiceEntry> entries) {
        Candidate candidate = candidates.ofApplicant(applicant);
        AdmissionScope scope = new AdmissionScope(candidate.examYear, candidate.provinceCode, batch);
        AdmissionConfig config = configs.findByIdOptional(scope).orElseThrow(() -> ApiException.unprocessable(
                EnrollmentProblems.ADMISSION_CONFIG_NOT_FOUND, "there is no admission in batch " + batch
                        + " for candidates of " + scope.sourceProvince() + " in " + scope.intakeYear()));
        requireWindowOpen(config);
        if (applications.hasActive(candidate.id, scope)) {
            throw activeExists(batch);
        }
        List<Choice> choices = validChoices(entries, config, candidate);

        OffsetDateTime now = CreationKeyset.currentTimestamp(clock);
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.candidateId = candidate.id;
        application.intakeYear = scope.intakeYear();
        application.sourceProvince = scope.sourceProvince();
        application.batch = batch;
        application.status = ApplicationStatus.SUBMITTED;
        application.choices = choices;
        application.createdAt = now;
        application.updatedAt = now;
        try {
            applications.persistAndFlush(application);
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw activeExists(batch); // a concurrent submission for the same batch won
            }
            throw e;
        }
        recordStatus(application, now);
        tallies.apply(counted(application).additions());
        events.submitted(application);
        metrics.submitted(application.sourceProvince);
        return application;
    }

    @Transactional
    public Application get(String applicant, UUID id) {
        UUID candidateId = candidates.ofApplicant(applicant).id;
        return applications.ofCandidate(id, candidateId).orElseThrow(() -> ApiException.notFound(
                EnrollmentProblems.APPLICATION_NOT_FOUND, "no application " + id));
    }

    @Transactional
    public List<Application> all(String applicant) {
        return applications.allOfCandidate(candidates.ofApplicant(applicant).id);
    }

    @Transactional
    public List<ApplicationStatusChange> history(UUID applicationId) {
        return applications.history(applicationId);
    }

    /**
     * Replaces the choice list. {@code expectedVersion} is required: an applicant editing from two devices must
     * not overwrite one list with another unknowingly.
     */
    @Transactional
    public Application update(String applicant, UUID id, List<ChoiceEntry> entries, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new ApiException(428, EnrollmentProblems.IF_MATCH_REQUIRED, "Precondition required",
                    "send If-Match with the ETag of the application you changed", List.of());
        }
        Application application = get(applicant, id);
        requireActive(application);
        requireWindowOpen(config(application));
        requireVersion(expectedVersion, application.version);
        CountedApplication before = counted(application);
        application.choices = validChoices(entries, config(application), candidates.ofApplicant(applicant));
        application.updatedAt = CreationKeyset.currentTimestamp(clock);
        em.flush();
        tallies.apply(before.changesTo(counted(application)));
        events.updated(application);
        return application;
    }

    /** Withdraws before the deadline; withdrawing a withdrawn application returns it unchanged. */
    @Transactional
    public Application withdraw(String applicant, UUID id, Long expectedVersion) {
        Application application = get(applicant, id);
        if (!application.isActive()) {
            return application;
        }
        requireWindowOpen(config(application));
        if (expectedVersion != null) {
            requireVersion(expectedVersion, application.version);
        }
        CountedApplication before = counted(application);
        OffsetDateTime now = CreationKeyset.currentTimestamp(clock);
        application.status = ApplicationStatus.WITHDRAWN;
        application.updatedAt = now;
        em.flush();
        recordStatus(application, now);
        tallies.apply(before.changesTo(counted(application)));
        events.withdrawn(application);
        return application;
    }

    private AdmissionConfig config(Application application) {
        return configs.findByIdOptional(application.scope()).orElseThrow(() -> ApiException.unprocessable(
                EnrollmentProblems.ADMISSION_CONFIG_NOT_FOUND, "the admission rules of this application were removed"));
    }

    /** Lists may be filled and changed only inside the window; after it they are frozen for the admission round. */
    private void requireWindowOpen(AdmissionConfig config) {
        switch (config.windowPosition(OffsetDateTime.now(clock))) {
            case BEFORE -> throw ApiException.conflict(EnrollmentProblems.WINDOW_NOT_OPEN,
                    "the filling window opens at " + config.windowOpensAt);
            case CLOSED -> throw ApiException.conflict(EnrollmentProblems.DEADLINE_PASSED,
                    "the filling window closed at " + config.windowClosesAt + "; lists are locked");
            case OPEN -> { }
        }
    }

    private static void requireActive(Application application) {
        if (!application.isActive()) {
            throw ApiException.conflict(EnrollmentProblems.APPLICATION_WITHDRAWN,
                    "application " + application.id + " is withdrawn; submit a new one");
        }
    }

    private static void requireVersion(long expected, long actual) {
        if (expected != actual) {
            throw ApiException.preconditionFailed(ProblemCodes.VERSION_MISMATCH, "the application changed since "
                    + "version " + expected + "; read it again (version " + actual + ")");
        }
    }

    private List<Choice> validChoices(List<ChoiceEntry> entries, AdmissionConfig config, Candidate candidate) {
        List<Choice> choices = entries.stream().map(e -> new Choice(e.majors(), e.acceptAdjustment())).toList();
        List<ChoiceProblem> problems = ChoiceListRules.check(choices, config.scope, config.maxChoices,
                config.maxMajorsPerUnit, options(choices), candidate.subjects);
        if (!problems.isEmpty()) {
            throw new ApiException(422, problems.get(0).code(), "Request cannot be processed",
                    problems.size() == 1 ? problems.get(0).message() : problems.size() + " problems in the choice list",
                    problems.stream().map(p -> new Problem.FieldError(p.field(), p.message())).toList());
        }
        return choices;
    }

    /**
     * The plan lines the choices name, with their programs. A line whose program has not reached this service
     * yet cannot be checked for subject requirements, so it is offered to nobody until it has.
     */
    private Map<UUID, PlanOption> options(List<Choice> choices) {
        Set<UUID> ids = choices.stream().flatMap(c -> c.majors().stream()).collect(Collectors.toSet());
        Map<UUID, PlanOption> options = new HashMap<>();
        if (ids.isEmpty()) {
            return options;
        }
        List<PlanLine> found = lines.list("id in ?1", ids);
        Map<UUID, ProgramReplica> programs = this.programs.byIds(found.stream().map(l -> l.programId).toList());
        for (PlanLine line : found) {
            ProgramReplica program = programs.get(line.programId);
            if (program != null) {
                options.put(line.id, new PlanOption(line.id, new AdmissionScope(line.intakeYear, line.sourceProvince,
                        line.batch), line.isOpen(), program.partnerId, program.subjectRequirements));
            }
        }
        return options;
    }

    private CountedApplication counted(Application application) {
        return CountedApplication.of(application, clock.getZone());
    }

    private void recordStatus(Application application, OffsetDateTime at) {
        em.persist(ApplicationStatusChange.of(application, at));
    }

    private static ApiException activeExists(Batch batch) {
        return ApiException.conflict(EnrollmentProblems.ACTIVE_APPLICATION_EXISTS,
                "there is an active application for batch " + batch + "; change or withdraw it instead");
    }
}
