package org.jjjpark.enrollment.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.CandidateCorrection;
import org.jjjpark.enrollment.EnrollmentProblems;
import org.jjjpark.enrollment.IdNumber;
import org.jjjpark.enrollment.messaging.EnrollmentEventPublisher;
import org.jjjpark.enrollment.repository.CandidateRepository;
import org.jjjpark.enrollment.rest.CandidateImport;
import org.jjjpark.enrollment.rest.CandidateRecord;
import org.jjjpark.enrollment.rest.ImportOutcome;
import org.jjjpark.enrollment.rest.ImportReport;
import org.jjjpark.http.paging.CreationKeyset;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.Problem;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Candidates as education authorities register them. An import is idempotent by exam number: a record seen
 * before is compared field by field, and a difference is a correction, kept in the candidate's history. The
 * whole import is one transaction: it applies entirely or not at all.
 */
@ApplicationScoped
public class CandidateService {

    private final CandidateRepository candidates;
    private final IdentityProtection identity;
    private final EnrollmentEventPublisher events;
    private final EntityManager em;

    @Inject
    public CandidateService(CandidateRepository candidates, IdentityProtection identity,
                            EnrollmentEventPublisher events, EntityManager em) {
        this.candidates = candidates;
        this.identity = identity;
        this.events = events;
        this.em = em;
    }

    /**
     * @param province the importing commission's province (token claim); only its own candidates are accepted
     * @param importer the commission client, recorded with each correction
     */
    @Transactional
    public ImportReport importCandidates(CandidateImport request, Optional<String> province, String importer) {
        if (province.isEmpty() || !province.get().equals(request.provinceCode())) {
            throw new ApiException(403, EnrollmentProblems.PROVINCE_NOT_YOURS, "Forbidden",
                    "a commission imports the candidates of its own province only", List.of());
        }
        List<CandidateRecord> records = request.candidates();
        Map<String, String> hashes = checkRecords(records);
        int year = request.examYear();
        Map<String, Candidate> known = candidates.byExamNumbers(year, records.stream()
                        .map(CandidateRecord::examNumber).toList()).stream()
                .collect(Collectors.toMap(c -> c.examNumber, Function.identity()));
        checkIdNumbersUnused(year, records, hashes, known);

        OffsetDateTime now = CreationKeyset.currentTimestamp();
        List<ImportOutcome> outcomes = new ArrayList<>(records.size());
        Map<Candidate, String> toAnnounce = new LinkedHashMap<>();
        Map<Candidate, List<String>> corrected = new LinkedHashMap<>();
        for (CandidateRecord record : records) {
            Candidate candidate = known.get(record.examNumber());
            if (candidate != null && !candidate.provinceCode.equals(request.provinceCode())) {
                throw ApiException.conflict(EnrollmentProblems.DUPLICATE_EXAM_NUMBER, "exam number "
                        + record.examNumber() + " is registered by another province");
            }
            if (candidate == null) {
                candidate = newCandidate(request, record, hashes.get(record.examNumber()), now);
                candidates.persist(candidate);
                toAnnounce.put(candidate, record.idNumber());
                outcomes.add(new ImportOutcome(record.examNumber(), candidate.id, ImportOutcome.Result.CREATED));
                continue;
            }
            List<String> changed = apply(candidate, record, hashes.get(record.examNumber()));
            if (changed.isEmpty()) {
                outcomes.add(new ImportOutcome(record.examNumber(), candidate.id, ImportOutcome.Result.UNCHANGED));
                continue;
            }
            candidate.updatedAt = now;
            corrected.put(candidate, changed);
            if (changed.contains("idNumber")) {
                toAnnounce.put(candidate, record.idNumber());
            }
            outcomes.add(new ImportOutcome(record.examNumber(), candidate.id, ImportOutcome.Result.CORRECTED));
        }
        // One flush for the whole import; afterwards every version is the stored one.
        em.flush();
        corrected.forEach((candidate, fields) -> em.persist(correction(candidate, fields, importer, now)));
        toAnnounce.forEach(events::registered);
        return new ImportReport(count(outcomes, ImportOutcome.Result.CREATED),
                corrected.size(), count(outcomes, ImportOutcome.Result.UNCHANGED), outcomes);
    }

    /** The candidate an applicant is: the token's subject is the candidate id. */
    @Transactional
    public Candidate ofApplicant(String subject) {
        UUID id = parseId(subject);
        return Optional.ofNullable(id).flatMap(candidates::findByIdOptional).orElseThrow(() ->
                ApiException.notFound(EnrollmentProblems.CANDIDATE_NOT_FOUND, "no candidate record for this account"));
    }

    /** A candidate of the commission's own province; another province's looks like no candidate at all. */
    @Transactional
    public Candidate ofProvince(UUID id, Optional<String> province) {
        return candidates.findByIdOptional(id).filter(c -> province.isPresent() && c.provinceCode.equals(province.get()))
                .orElseThrow(() -> ApiException.notFound(EnrollmentProblems.CANDIDATE_NOT_FOUND, "no candidate " + id));
    }

    @Transactional
    public List<CandidateCorrection> corrections(UUID id, Optional<String> province) {
        return candidates.corrections(ofProvince(id, province).id);
    }

    /** ID-number hashes by exam number, after checking each record and that no exam number appears twice. */
    private Map<String, String> checkRecords(List<CandidateRecord> records) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, String> hashes = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            CandidateRecord record = records.get(i);
            String field = "candidates[" + i + "]";
            Optional<String> problem = IdNumber.problem(record.idNumber());
            if (problem.isPresent()) {
                errors.add(new Problem.FieldError(field + ".idNumber", problem.get()));
            } else if (hashes.put(record.examNumber(), identity.idNumberHash(record.idNumber())) != null) {
                errors.add(new Problem.FieldError(field + ".examNumber", "appears more than once in this import"));
            }
        }
        if (!errors.isEmpty()) {
            String code = errors.get(0).field().endsWith(".idNumber")
                    ? EnrollmentProblems.INVALID_ID_NUMBER : EnrollmentProblems.DUPLICATE_EXAM_NUMBER;
            throw new ApiException(400, code, "Request is not valid",
                    errors.size() + " candidate record(s) are not valid", errors);
        }
        return hashes;
    }

    /** An ID number belongs to one candidate per exam year, within the import and across earlier ones. */
    private void checkIdNumbersUnused(int year, List<CandidateRecord> records, Map<String, String> hashes,
                                      Map<String, Candidate> known) {
        Map<String, String> examNumberByHash = new HashMap<>();
        for (CandidateRecord record : records) {
            String other = examNumberByHash.put(hashes.get(record.examNumber()), record.examNumber());
            if (other != null) {
                throw duplicateIdNumber(record.examNumber(), other);
            }
        }
        for (Candidate holder : candidates.byIdNumberHashes(year, hashes.values())) {
            String claimant = examNumberByHash.get(holder.idNumberHash);
            if (!holder.examNumber.equals(claimant)) {
                // Allowed only when the holder gives the number up in this same import.
                Candidate mine = known.get(holder.examNumber);
                String newHash = hashes.get(holder.examNumber);
                if (mine == null || Objects.equals(newHash, holder.idNumberHash)) {
                    throw duplicateIdNumber(claimant, holder.examNumber);
                }
            }
        }
    }

    private static ApiException duplicateIdNumber(String examNumber, String holder) {
        return ApiException.conflict(EnrollmentProblems.DUPLICATE_ID_NUMBER, "the ID number of exam number "
                + examNumber + " is already registered for exam number " + holder);
    }

    private Candidate newCandidate(CandidateImport request, CandidateRecord record, String idHash,
                                   OffsetDateTime now) {
        Candidate c = new Candidate();
        c.id = UUID.randomUUID();
        c.provinceCode = request.provinceCode();
        c.examYear = request.examYear();
        c.examNumber = record.examNumber();
        c.createdAt = now;
        c.updatedAt = now;
        apply(c, record, idHash);
        return c;
    }

    /**
     * Copies the record onto the candidate; the names of the fields whose value changed. A new candidate has no
     * values yet, so nothing counts as changed.
     */
    private List<String> apply(Candidate c, CandidateRecord r, String idHash) {
        List<String> changed = new ArrayList<>();
        c.name = changed(changed, "name", c.name, r.name().strip());
        if (!idHash.equals(c.idNumberHash)) {
            if (c.idNumberHash != null) {
                changed.add("idNumber");
            }
            c.idNumberHash = idHash;
            c.idNumberEncrypted = identity.seal(r.idNumber());
        }
        c.birthDate = changed(changed, "birthDate", c.birthDate, r.birthDate());
        c.sex = changed(changed, "sex", c.sex, r.sex());
        c.subjectTrack = changed(changed, "subjectTrack", c.subjectTrack, r.subjectTrack());
        c.subjects = changed(changed, "subjects", c.subjects, List.copyOf(r.subjects()));
        c.totalScore = score(changed, "totalScore", c.totalScore, r.totalScore());
        c.chinese = score(changed, "chinese", c.chinese, r.chinese());
        c.mathematics = score(changed, "mathematics", c.mathematics, r.mathematics());
        c.foreignLanguage = score(changed, "foreignLanguage", c.foreignLanguage, r.foreignLanguage());
        c.firstChoiceSubject = score(changed, "firstChoiceSubject", c.firstChoiceSubject, r.firstChoiceSubject());
        c.electives = score(changed, "electives", c.electives, r.electives());
        return changed;
    }

    private static <T> T changed(List<String> changed, String field, T current, T imported) {
        if (current != null && !current.equals(imported)) {
            changed.add(field);
        }
        return imported;
    }

    /** Scores compare by value: 612 and 612.0 are the same score. */
    private static BigDecimal score(List<String> changed, String field, BigDecimal current, BigDecimal imported) {
        if (current != null && current.compareTo(imported) != 0) {
            changed.add(field);
            return imported;
        }
        return current == null ? imported : current;
    }

    private static CandidateCorrection correction(Candidate c, List<String> fields, String importer,
                                                  OffsetDateTime now) {
        CandidateCorrection correction = new CandidateCorrection();
        correction.id = UUID.randomUUID();
        correction.candidateId = c.id;
        correction.version = c.version;
        correction.changedFields = String.join(",", fields);
        correction.correctedBy = importer;
        correction.correctedAt = now;
        return correction;
    }

    private static int count(List<ImportOutcome> outcomes, ImportOutcome.Result result) {
        return (int) outcomes.stream().filter(o -> o.result() == result).count();
    }

    private static UUID parseId(String subject) {
        try {
            return UUID.fromString(subject);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
