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
import org.jjjpark.admission.canonical.CanonicalInput;
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
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.ApplicationStatusChange;
import org.jjjpark.enrollment.CountedApplication;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.FillingWindow;
import org.jjjpark.enrollment.TallyChange;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.enrollment.mapping.AdmissionVocabulary;
import org.jjjpark.enrollment.mapping.TraceMapper;
import org.jjjpark.enrollment.messaging.EnrollmentEventPublisher;
import org.jjjpark.enrollment.repository.AdmissionConfigRepository;
import org.jjjpark.enrollment.repository.AdmissionDecisionRepository;
import org.jjjpark.enrollment.repository.AdmissionRoundRepository;
import org.jjjpark.enrollment.repository.ApplicationTallyRepository;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.paging.Cursor;
import org.jjjpark.http.paging.Page;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.UniqueViolation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Admission rounds of one (year, source province, batch) after its filling window closed: reads the frozen
 * applications, runs and verifies the engine, stores the decisions with their traces and the round's manifest,
 * and, unless it is a dry run, moves the applications to their outcomes and publishes them, all in one
 * transaction. Runs synchronously in the request: fine for the demo's few thousand lists per province.
 */
@ApplicationScoped
public class AdmissionRoundService {

    private final AdmissionConfigRepository configs;
    private final AdmissionRoundRepository rounds;
    private final AdmissionDecisionRepository decisions;
    private final AdmissionSnapshotReader snapshots;
    private final ApplicationService applications;
    private final ApplicationTallyRepository tallies;
    private final EnrollmentEventPublisher events;
    private final EntityManager em;
    private final Clock clock;
    private final AdmissionEngine engine = new AdmissionEngine();

    @Inject
    public AdmissionRoundService(AdmissionConfigRepository configs, AdmissionRoundRepository rounds,
                                 AdmissionDecisionRepository decisions, AdmissionSnapshotReader snapshots,
                                 ApplicationService applications, ApplicationTallyRepository tallies,
                                 EnrollmentEventPublisher events, EntityManager em, Clock clock) {
        this.configs = configs;
        this.rounds = rounds;
        this.decisions = decisions;
        this.snapshots = snapshots;
        this.applications = applications;
        this.tallies = tallies;
        this.events = events;
        this.em = em;
        this.clock = clock;
    }

    /**
     * Runs a round. A result that breaks an invariant of d.6 is stored as a FAILED round with its violations only:
     * no decision is kept, no application changes, nothing is published.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public AdmissionRound start(AdmissionScope scope, boolean dryRun) {
        // The snapshot must be one consistent state of applications, candidates and lines (d.0 "a frozen
        // snapshot"): repeatable read, which must be set before the transaction's first query. Hence a
        // transaction of its own: Idempotency-Key handling has queried in the caller's already.
        em.createNativeQuery("set transaction isolation level repeatable read").executeUpdate();
        AdmissionConfig config = configs.findByIdOptional(scope).orElseThrow(() -> ApiException.unprocessable(
                EnrollmentProblems.ADMISSION_CONFIG_NOT_FOUND, "there are no admission rules for " + describe(scope)));
        requireRunnable(config, dryRun);

        OffsetDateTime startedAt = CreationKeyset.currentTimestamp(clock);
        AdmissionSnapshot snapshot;
        try {
            snapshot = snapshots.read(config);
        } catch (InvalidInputException e) {
            throw ApiException.unprocessable(EnrollmentProblems.ROUND_INPUT_INVALID, e.getMessage());
        }
        AdmissionRound round = manifest(scope, config, dryRun, snapshot.input(), startedAt);
        RoundOutcome outcome = engine.run(snapshot.input());
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
        List<AdmissionDecision> decided = decide(round, snapshot, result);
        round.finishedAt = CreationKeyset.currentTimestamp(clock);
        persistOnce(round);
        decided.forEach(em::persist);
        if (!dryRun) {
            moveApplications(snapshot, decided, round.finishedAt);
            decided.forEach(d -> events.decided(snapshot.applications().get(d.applicationId.toString()), d));
            events.roundCompleted(round);
        }
        return round;
    }

    @Transactional
    public AdmissionRound get(UUID id) {
        return rounds.findByIdOptional(id).orElseThrow(() -> notFound(id));
    }

    /** The canonical input document, byte for byte as its SHA-256 in the manifest was taken. */
    @Transactional
    public byte[] canonicalInput(UUID id) {
        return rounds.canonicalInput(id).orElseThrow(() -> notFound(id));
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
        round.canonicalInput = canonicalBytes(input);
        round.inputSha256 = CanonicalInput.sha256(input);
        round.applicants = input.applicants().count();
        round.startedAt = startedAt;
        return round;
    }

    /** One decision per applicant, counted into the round as it goes. */
    private static List<AdmissionDecision> decide(AdmissionRound round, AdmissionSnapshot snapshot,
                                                  AdmissionResult result) {
        RoundTrace traces = new RoundTrace(result);
        List<AdmissionDecision> decided = new ArrayList<>(round.applicants);
        for (int a = 0; a < round.applicants; a++) {
            ApplicantOutcome outcome = result.outcome(a);
            AdmissionDecision decision = new AdmissionDecision();
            decision.roundId = round.id;
            decision.applicationId = UUID.fromString(outcome.applicantId());
            decision.candidateId = snapshot.applications().get(outcome.applicantId()).candidateId;
            decision.rank = outcome.rank();
            decision.outcome = AdmissionVocabulary.status(outcome.status());
            decision.unitId = outcome.unitId();
            decision.planLineId = outcome.majorCode() == null ? null : UUID.fromString(outcome.majorCode());
            decision.adjusted = outcome.adjusted();
            decision.rejectionReason = outcome.rejectionReason() == null ? null : outcome.rejectionReason().name();
            ApplicantTrace trace = traces.of(a);
            decision.score = trace.score();
            decision.trace = TraceMapper.toStored(trace);
            decided.add(decision);
            switch (decision.outcome) {
                case ADMITTED -> round.admitted++;
                case REJECTED -> round.rejected++;
                default -> round.notDropped++;
            }
        }
        return decided;
    }

    /**
     * Every decided application takes its outcome as status, with its status history and the statistics counters
     * adjusted in this transaction, as every other status change does (ApplicationService).
     */
    private void moveApplications(AdmissionSnapshot snapshot, List<AdmissionDecision> decided, OffsetDateTime at) {
        List<TallyChange> changes = new ArrayList<>();
        for (AdmissionDecision decision : decided) {
            Application application = snapshot.applications().get(decision.applicationId.toString());
            CountedApplication before = CountedApplication.of(application, clock.getZone());
            application.status = decision.outcome;
            application.updatedAt = at;
            changes.addAll(before.changesTo(CountedApplication.of(application, clock.getZone())));
        }
        em.flush();
        snapshot.applications().values().forEach(application -> em.persist(ApplicationStatusChange.of(application, at)));
        changes.sort(TallyChange.LOCK_ORDER);
        tallies.apply(changes);
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

    private static byte[] canonicalBytes(AdmissionInput input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CanonicalInput.write(input, out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
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
