package org.jjjpark.enrollment.service;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.Unit;
import org.jjjpark.enrollment.AdmissionConfig;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.Application;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Candidate;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.ProgramReplica;
import org.jjjpark.enrollment.mapping.AdmissionVocabulary;
import org.jjjpark.enrollment.repository.ApplicationRepository;
import org.jjjpark.enrollment.repository.CandidateRepository;
import org.jjjpark.enrollment.repository.PlanLineRepository;
import org.jjjpark.enrollment.repository.ProgramReplicaRepository;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the frozen state of one scope into the engine's input: its SUBMITTED applications with their candidates'
 * scores and subjects, and its open plan lines as units (DOMAIN.md d.0). Every line of an institution is a major
 * of the institution's unit (院校专业组) when the batch lists several majors per choice, and a unit of its own
 * (专业+院校) when it lists one, as {@link org.jjjpark.enrollment.ChoiceListRules} validated the lists.
 *
 * <p>Everything is read in the caller's transaction, which the round runs under repeatable read, so that the
 * applications, candidates and lines are one consistent snapshot. Reads whole tables of the scope into memory:
 * fine at the demo's scale of a few thousand lists per province.
 */
@ApplicationScoped
public class AdmissionSnapshotReader {

    /**
     * The configuration has no batch control line yet: every score is above it. Re-drop after rejection stays
     * off and drop capacities round up, as the provinces do (d.2, d.0).
     */
    private static final BigDecimal NO_CONTROL_LINE = BigDecimal.ZERO;

    private final ApplicationRepository applications;
    private final CandidateRepository candidates;
    private final PlanLineRepository lines;
    private final ProgramReplicaRepository programs;

    @Inject
    public AdmissionSnapshotReader(ApplicationRepository applications, CandidateRepository candidates,
                                   PlanLineRepository lines, ProgramReplicaRepository programs) {
        this.applications = applications;
        this.candidates = candidates;
        this.lines = lines;
        this.programs = programs;
    }

    /** @throws org.jjjpark.admission.input.InvalidInputException when the stored data cannot form a round */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdmissionSnapshot read(AdmissionConfig config) {
        AdmissionScope scope = config.scope;
        Map<UUID, String> unitOfLine = new HashMap<>();
        List<Unit> units = units(config, unitOfLine);
        RoundConfig rules = new RoundConfig(config.tieBreakChain,
                config.tiePolicy, null, false, RatioRounding.CEIL, NO_CONTROL_LINE);
        AdmissionInput.Builder input = AdmissionInput.builder(rules, units);

        List<Application> submitted = applications.list(
                "intakeYear = ?1 and sourceProvince = ?2 and batch = ?3 and status = ?4", Sort.by("id"),
                scope.intakeYear(), scope.sourceProvince(), scope.batch(), ApplicationStatus.SUBMITTED);
        Map<UUID, Candidate> candidatesById = submitted.isEmpty() ? Map.of()
                : candidates.list("id in ?1", submitted.stream().map(a -> a.candidateId).toList()).stream()
                .collect(Collectors.toMap(c -> c.id, Function.identity()));
        Map<String, Application> byApplicant = new LinkedHashMap<>();
        for (Application application : submitted) {
            input.add(applicant(application, candidatesById.get(application.candidateId), unitOfLine));
            byApplicant.put(application.id.toString(), application);
        }
        return new AdmissionSnapshot(input.build(), byApplicant);
    }

    /**
     * The units of the scope's open lines, and, in {@code unitOfLine}, each line's unit. A line whose program has
     * not reached this service was offered to nobody (ApplicationService), so it is no major of any unit.
     */
    private List<Unit> units(AdmissionConfig config, Map<UUID, String> unitOfLine) {
        AdmissionScope scope = config.scope;
        List<PlanLine> open = lines.list("intakeYear = ?1 and sourceProvince = ?2 and batch = ?3 and status = ?4",
                scope.intakeYear(), scope.sourceProvince(), scope.batch(), PlanLineStatus.OPEN);
        Map<UUID, ProgramReplica> offered = programs.byIds(open.stream().map(l -> l.programId).toList());
        Map<String, List<Major>> majorsOfUnit = new TreeMap<>();
        for (PlanLine line : open) {
            ProgramReplica program = offered.get(line.programId);
            if (program == null) {
                continue;
            }
            String unit = config.maxMajorsPerUnit > 1 ? program.partnerId.toString() : line.id.toString();
            unitOfLine.put(line.id, unit);
            Requirements requirements = new Requirements(program.subjectRequirements.stream()
                    .map(AdmissionVocabulary::subject).collect(Collectors.toSet()), Map.of(), Set.of());
            majorsOfUnit.computeIfAbsent(unit, u -> new ArrayList<>())
                    .add(new Major(line.id.toString(), line.seats, requirements));
        }
        List<Unit> units = new ArrayList<>();
        majorsOfUnit.forEach((id, majors) -> units.add(new Unit(id, config.dropRatio, Requirements.NONE, majors)));
        return units;
    }

    /**
     * The applicant as the engine sees them, under the application's id (pseudonymous). A listed line that closed
     * after submission (its agreement ended) has no seats: it is left out, and a choice with no line left lapses.
     * The candidate record holds the electives' total only, so MAX_ELECTIVE compares that total.
     */
    private static Applicant applicant(Application application, Candidate candidate, Map<UUID, String> unitOfLine) {
        List<Choice> choices = new ArrayList<>();
        for (org.jjjpark.enrollment.Choice choice : application.choices) {
            List<String> majors = choice.majors().stream().filter(unitOfLine::containsKey).map(UUID::toString)
                    .toList();
            if (!majors.isEmpty()) {
                choices.add(new Choice(unitOfLine.get(UUID.fromString(majors.get(0))), majors,
                        choice.acceptAdjustment()));
            }
        }
        Scores scores = new Scores(candidate.totalScore, candidate.chinese, candidate.mathematics,
                candidate.foreignLanguage, candidate.firstChoiceSubject, List.of(candidate.electives));
        return new Applicant(application.id.toString(), scores, candidate.subjects.stream()
                .map(AdmissionVocabulary::subject).collect(Collectors.toSet()), Set.of(), choices);
    }
}
