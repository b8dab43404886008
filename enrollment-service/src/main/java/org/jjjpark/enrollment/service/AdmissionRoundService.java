package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.ApplicantOutcome;
import org.jjjpark.admission.FailedRound;
import org.jjjpark.admission.RoundOutcome;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.canonical.CanonicalResult;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.InvalidInputException;
import org.jjjpark.admission.trace.ApplicantTrace;
import org.jjjpark.admission.trace.RoundTrace;
import org.jjjpark.admission.verification.InvariantViolation;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionDecision;
import org.jjjpark.enrollment.AdmissionRound;
import org.jjjpark.enrollment.AdmissionRoundStatus;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.FillingWindow;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.enrollment.mapping.AdmissionVocabulary;
import org.jjjpark.enrollment.mapping.TraceMapper;
import org.jjjpark.enrollment.messaging.DecidedApplication;
import org.jjjpark.enrollment.messaging.EnrollmentEventPublisher;
import org.jjjpark.enrollment.repository.AdmissionConfigRepository;
import org.jjjpark.enrollment.repository.AdmissionDecisionRepository;
import org.jjjpark.enrollment.repository.AdmissionRoundRepository;
import org.jjjpark.enrollment.repository.ApplicationRepository;
import org.jjjpark.enrollment.repository.ApplicationTallyRepository;
import org.jjjpark.enrollment.repository.CanonicalInputRepository;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Cursor;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Admission rounds of one (year, source province, batch) after its filling window closed: reads the frozen
 * applications, runs and verifies the engine, stores the decisions with their traces and the round's manifest,
 * and, unless it is a dry run, moves the applications to their outcomes and publishes them, all in one
 * transaction. Runs synchronously in the request; built for a whole province (about a million lists, see
 * docs/benchmarks.md): lists streamed from the database, rows written with COPY and set-based statements, and
 * per applicant nothing kept but the engine's arrays. Logs the time of each phase.
 */
@ApplicationScoped
public class AdmissionRoundService {

    /**
     * A province's round (about a million lists) runs for minutes on two cores, in one transaction: far beyond the
     * transaction manager's default of 60 s. Callers begin the transaction with this timeout.
     */
    public static final int ROUND_TIMEOUT_SECONDS = 1800;

    private final AdmissionConfigRepository configs;
    private final AdmissionRoundRepository rounds;
    private final AdmissionDecisionRepository decisions;
    private final AdmissionSnapshotReader snapshots;
    private final CanonicalInputRepository inputs;
    private final ApplicationService applications;
    private final ApplicationRepository applicationRows;
    private final ApplicationTallyRepository tallies;
    private final EnrollmentEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final VerifiedMatching matching;
    private final AdmissionStatisticsService admissionStatistics;

    @Inject
    public AdmissionRoundService(AdmissionConfigRepository configs, AdmissionRoundRepository rounds,
                                 AdmissionDecisionRepository decisions, AdmissionSnapshotReader snapshots,
                                 CanonicalInputRepository inputs, ApplicationService applications,
                                 ApplicationRepository applicationRows, ApplicationTallyRepository tallies,
                                 EnrollmentEventPublisher events, EntityManager em, Clock clock,
                                 VerifiedMatching matching, AdmissionStatisticsService admissionStatistics) {
        this.configs = configs;
        this.rounds = rounds;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.inputs = inputs;
        this.applications = applications;
        this.applicationRows = applicationRows;
        this.tallies = tallies;
        this.events = events;
        this.em = em;
        this.clock = clock;
        this.matching = matching;
        this.admissionStatistics = admissionStatistics;
    }

    /**
     * The round must read one consistent state of applications, candidates and lines (d.0 "a frozen snapshot"):
     * repeatable read, which PostgreSQL accepts only before a transaction's first query. The caller begins the
     * round's one transaction (with {@link #ROUND_TIMEOUT_SECONDS}) and calls this first, before anything else in
     * it queries, the Idempotency-Key lookup included, so that the key and the round commit together.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void useSnapshotIsolation() {
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
    }

    /**
     * Runs a round. A result that breaks an invariant of d.6 is stored as a FAILED round with its violations only:
     * no decision is kept, no application changes, nothing is published.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdmissionRound start(AdmissionScope scope, boolean dryRun) {
        String isolation = (String) em.createNativeQuery("show transaction_isolation").getSingleResult();
        if (!"repeatable read".equals(isolation)) {
            throw new IllegalStateException("a round needs a snapshot transaction (useSnapshotIsolation), not " + isolation);
        }
        AdmissionConfig config = configs.findByIdOptional(scope).orElseThrow(() -> ApiException.unprocessable(
                EnrollmentProblems.ADMISSION_CONFIG_NOT_FOUND, "there are no admission rules for " + describe(scope)));
        requireRunnable(config, dryRun);

        OffsetDateTime startedAt = CreationKeyset.currentTimestamp(clock);
        RoundPhaseLog phases = new RoundPhaseLog(describe(scope));
        AdmissionSnapshot snapshot;
        try {
            snapshot = snapshots.read(config);
        } catch (InvalidInputException e) {
            throw ApiException.unprocessable(EnrollmentProblems.ROUND_INPUT_INVALID, e.getMessage());
        }
        phases.done("snapshot read", snapshot.applicants() + " applicants, "
                + snapshot.input().applicants().choiceCount() + " choices");
        AdmissionRound round = manifest(scope, config, dryRun, snapshot.input(), startedAt);
        round.inputSha256 = inputs.store(round.id, snapshot.input());
        phases.done("canonical input stored and hashed", null);
        RoundOutcome outcome = matching.run(snapshot.input());
        phases.done("engine run and verification", null);
        if (outcome instanceof FailedRound failed) {
            round.status = AdmissionRoundStatus.FAILED;
            round.violations = failed.violations().stream().map(InvariantViolation::toString)
                    .collect(Collectors.joining("\n"));
            round.finishedAt = CreationKeyset.currentTimestamp(clock);
            rounds.persist(round);
            return round;
        }
        AdmissionResult result = ((VerifiedRound) outcome).result();
        round.status = AdmissionRoundStatus.COMPLETED;
        round.resultSha256 = CanonicalResult.sha256(result);
        round.tieOverflows = result.tieOverflows().size();
        count(round, result);
        round.finishedAt = CreationKeyset.currentTimestamp(clock);
        persistOnce(round);
        phases.done("result hashed, round stored", null);
        decisions.insertAll(decisions(round, snapshot, result, new RoundTrace(result)));
        phases.done("decisions with traces stored", null);
        if (!dryRun) {
            moveApplications(round, snapshot, result);
            phases.done("applications moved, statistics counted", null);
            admissionStatistics.record(round, result);
            phases.done("admission statistics recorded", null);
            events.decided(scope, IntStream.range(0, round.applicants).mapToObj(a -> new DecidedApplication(
                    decision(round, snapshot, result, null, a), snapshot.version(a) + 1)));
            events.roundCompleted(round);
            phases.done("events recorded", null);
        }
        phases.total(round.id);
        return round;
    }

    @Transactional
    public AdmissionRound get(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** How many parts the round's canonical input document has (the endpoint streams them in order). */
    @Transactional
    public int canonicalInputParts(UUID id) {
        get(id);
        return inputs.partCount(id);
    }

    /** One part of the canonical input document, byte for byte as its SHA-256 in the manifest was taken. */
    @Transactional
    public byte[] canonicalInputPart(UUID id, int part) {
        return inputs.part(id, part);
    }

    /**
     * A page of a round's decisions by rank. {@code province}, for a commission, limits the rows to applicants of
     * that province: a round has one source province, so another province's commission sees no row.
     */
    @Transactional
    public Page<AdmissionDecision> decisions(UUID id, Optional<String> province, String cursor, int limit) {
        AdmissionRound round = get(id);
        if (province.isPresent() && !province.get().equals(round.sourceProvince)) {
            return new Page<>(List.of(), null);
        }
        Integer afterRank = null;
        UUID afterApplication = null;
        if (cursor != null) {
            List<String> parts = Cursor.decode(cursor, 2);
            try {
                afterRank = Integer.valueOf(parts.get(0));
                afterApplication = UUID.fromString(parts.get(1));
            } catch (IllegalArgumentException e) {
                throw Cursor.invalid();
            }
        }
        return Page.of(decisions.page(id, afterRank, afterApplication, limit + 1), limit,
                d -> Cursor.encode(String.valueOf(d.rank), d.applicationId.toString()));
    }

    /** The decision on an applicant's own application by the round that moved it; 404 for anyone else's. */
    @Transactional
    public AdmissionDecision outcome(String applicant, UUID applicationId) {
        Application application = applications.get(applicant, applicationId);
        return rounds.completed(application.scope())
                .flatMap(round -> decisions.of(round.id, applicationId))
                .orElseThrow(() -> ApiException.notFound(EnrollmentProblems.OUTCOME_NOT_FOUND,
                        "no admission round has decided application " + applicationId + " yet"));
    }

    private void requireRunnable(AdmissionConfig config, boolean dryRun) {
        if (config.windowPosition(OffsetDateTime.now(clock)) != FillingWindow.Position.CLOSED) {
            throw ApiException.conflict(EnrollmentProblems.WINDOW_STILL_OPEN, "the filling window closes at "
                    + config.windowClosesAt + "; lists are not frozen before");
        }
        if (config.tiePolicy == TiePolicy.STRICT_LOTTERY) {
            throw ApiException.unprocessable(EnrollmentProblems.LOTTERY_SEED_NOT_PUBLISHED, "a strict lottery needs a "
                    + "seed published after the deadline (d.3), and the admission rules hold none");
        }
        if (!dryRun && rounds.completed(config.scope).isPresent()) {
            throw alreadyCompleted(config.scope);
        }
    }

    private static AdmissionRound manifest(AdmissionScope scope, AdmissionConfig config, boolean dryRun,
                                           AdmissionInput input, OffsetDateTime startedAt) {
        AdmissionRound round = new AdmissionRound();
        round.id = UUID.randomUUID();
        round.intakeYear = scope.intakeYear();
        round.sourceProvince = scope.sourceProvince();
        round.batch = scope.batch();
        round.dryRun = dryRun;
        round.algorithmVersion = AdmissionEngine.ALGORITHM_VERSION;
        round.dropRatio = config.dropRatio;
        round.tieBreakChain = List.copyOf(config.tieBreakChain);
        round.tiePolicy = config.tiePolicy;
        round.applicants = input.applicants().count();
        round.startedAt = startedAt;
        return round;
    }

    private static void count(AdmissionRound round, AdmissionResult result) {
        for (int a = 0; a < round.applicants; a++) {
            switch (result.status(a)) {
                case ADMITTED -> round.admitted++;
                case REJECTED -> round.rejected++;
                default -> round.notDropped++;
            }
        }
    }

    /**
     * One decision per applicant, made as the stream is consumed so that a province's million decisions and their
     * traces never sit in memory together; without traces when {@code traces} is null.
     */
    private static Stream<AdmissionDecision> decisions(AdmissionRound round, AdmissionSnapshot snapshot,
                                                       AdmissionResult result, RoundTrace traces) {
        return IntStream.range(0, round.applicants).mapToObj(a -> decision(round, snapshot, result, traces, a));
    }

    private static AdmissionDecision decision(AdmissionRound round, AdmissionSnapshot snapshot, AdmissionResult result,
                                              RoundTrace traces, int a) {
        ApplicantOutcome outcome = result.outcome(a);
        AdmissionDecision decision = new AdmissionDecision();
        decision.roundId = round.id;
        decision.applicationId = snapshot.applicationId(a);
        decision.candidateId = snapshot.candidateId(a);
        decision.rank = outcome.rank();
        decision.outcome = AdmissionVocabulary.status(outcome.status());
        decision.unitId = outcome.unitId();
        decision.planLineId = outcome.majorCode() == null ? null : UUID.fromString(outcome.majorCode());
        decision.adjusted = outcome.adjusted();
        decision.rejectionReason = outcome.rejectionReason() == null ? null : outcome.rejectionReason().name();
        if (traces != null) {
            ApplicantTrace trace = traces.of(a);
            decision.score = trace.score();
            decision.trace = TraceMapper.toStored(trace);
        }
        return decision;
    }

    /**
     * Every decided application takes its outcome as status, with its status history and the statistics counters
     * adjusted in this transaction, as every other status change does (ApplicationService), set-based: a few
     * statements for the whole province.
     */
    private void moveApplications(AdmissionRound round, AdmissionSnapshot snapshot, AdmissionResult result) {
        applicationRows.moveToOutcomes(round.id, round.finishedAt);
        tallies.applyInBulk(RoundTallyChanges.of(snapshot, result));
    }

    /** A concurrent round of the same scope that completed first wins (V7 index admission_round_once). */
    private void persistOnce(AdmissionRound round) {
        try {
            rounds.persistAndFlush(round);
        } catch (PersistenceException e) {
            if (UniqueViolation.in(e)) {
                throw alreadyCompleted(round.scope());
            }
            throw e;
        }
    }

    private static ApiException alreadyCompleted(AdmissionScope scope) {
        return ApiException.conflict(EnrollmentProblems.ROUND_ALREADY_COMPLETED, "a round already moved the "
                + "applications of " + describe(scope) + "; start a dry run to inspect another");
    }

    private static ApiException notFound(UUID id) {
        return ApiException.notFound(EnrollmentProblems.ROUND_NOT_FOUND, "no admission round " + id);
    }

    private static String describe(AdmissionScope scope) {
        return scope.intakeYear() + "/" + scope.sourceProvince() + "/" + scope.batch();
    }
}
