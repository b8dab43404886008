package org.jjjpark.enrollment.service;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
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
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.PlanLine;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.ProgramReplica;
import org.jjjpark.enrollment.SubjectListConverter;
import org.jjjpark.enrollment.mapping.AdmissionVocabulary;
import org.jjjpark.enrollment.repository.PlanLineRepository;
import org.jjjpark.enrollment.repository.ProgramReplicaRepository;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads the frozen state of one scope into the engine's input: its SUBMITTED applications with their candidates'
 * scores and subjects, and its open plan lines as units (DOMAIN.md d.0). Every line of an institution is a major
 * of the institution's unit (院校专业组) when the batch lists several majors per choice, and a unit of its own
 * (专业+院校) when it lists one, as {@link org.jjjpark.enrollment.ChoiceListRules} validated the lists.
 *
 * <p>Everything is read in the caller's transaction, which the round runs under repeatable read, so that the
 * applications, candidates and lines are one consistent snapshot. The lists are streamed from one query straight
 * into the engine's input (a province has about a million of them); only the input and a few numbers per
 * application stay in memory.
 */
@ApplicationScoped
public class AdmissionSnapshotReader {

    /**
     * The configuration has no batch control line yet: every score is above it. Re-drop after rejection stays
     * off and drop capacities round up, as the provinces do (d.2, d.0).
     */
    private static final BigDecimal NO_CONTROL_LINE = BigDecimal.ZERO;

    /** The scope's submitted lists with their candidates' scores, in no particular order (the engine sorts). */
    private static final String SUBMITTED_WITH_CANDIDATES = """
            select a.id, a.candidate_id, a.version, a.created_at, a.choices, c.total_score, c.score_chinese,
                   c.score_mathematics, c.score_foreign_language, c.score_first_choice, c.score_electives, c.subjects
            from application a
                     join candidate c on c.id = a.candidate_id
            where a.intake_year = ? and a.source_province = ? and a.batch = ? and a.status = ?""";

    /** Rows per round trip: the lists are streamed, never all in memory as rows. */
    private static final int FETCH_SIZE = 2_000;

    private static final JsonFactory JSON = new JsonFactory();

    private final PlanLineRepository lines;
    private final ProgramReplicaRepository programs;
    private final EntityManager em;
    private final Clock clock;

    @Inject
    public AdmissionSnapshotReader(PlanLineRepository lines, ProgramReplicaRepository programs, EntityManager em,
                                   Clock clock) {
        this.lines = lines;
        this.programs = programs;
        this.em = em;
        this.clock = clock;
    }

    /** @throws org.jjjpark.admission.input.InvalidInputException when the stored data cannot form a round */
    @Transactional(Transactional.TxType.MANDATORY)
    public AdmissionSnapshot read(AdmissionConfig config) {
        AdmissionScope scope = config.scope;
        Map<String, String> unitOfLine = new HashMap<>();
        List<Unit> units = units(config, unitOfLine);
        RoundConfig rules = new RoundConfig(config.tieBreakChain,
                config.tiePolicy, null, false, RatioRounding.CEIL, NO_CONTROL_LINE);
        AdmissionInput.Builder input = AdmissionInput.builder(rules, units);
        Arrivals arrivals = new Arrivals();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(SUBMITTED_WITH_CANDIDATES)) {
                query.setFetchSize(FETCH_SIZE);
                query.setInt(1, scope.intakeYear());
                query.setString(2, scope.sourceProvince());
                query.setString(3, scope.batch().name());
                query.setString(4, ApplicationStatus.SUBMITTED.name());
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        input.add(arrivals.add(rows, unitOfLine));
                    }
                }
            }
        });
        AdmissionInput built = input.build();
        return arrivals.snapshot(scope, built);
    }

    /**
     * The units of the scope's open lines, and, in {@code unitOfLine}, each line's unit. A line whose program has
     * not reached this service was offered to nobody (ApplicationService), so it is no major of any unit.
     */
    private List<Unit> units(AdmissionConfig config, Map<String, String> unitOfLine) {
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
            unitOfLine.put(line.id.toString(), unit);
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
     * The applications read so far in arrival order, turned into the engine's applicants: under the application's
     * id (pseudonymous), with their candidate's scores and subjects. A listed line that closed after submission
     * (its agreement ended) has no seats: it is left out, and a choice with no line left lapses; the statistics
     * still count it (AdmissionSnapshot.LapsedLine). The candidate record holds the electives' total only, so
     * MAX_ELECTIVE compares that total.
     */
    private final class Arrivals {
        private long[] applicationIds = new long[2 * 1024];
        private long[] candidateIds = new long[2 * 1024];
        private long[] versions = new long[1024];
        private int[] submittedOn = new int[1024];
        private final List<AdmissionSnapshot.LapsedLine> lapsed = new ArrayList<>();
        private final Map<String, Set<String>> subjectSets = new HashMap<>();
        private int count;

        Applicant add(ResultSet row, Map<String, String> unitOfLine) throws SQLException {
            if (count == versions.length) {
                grow();
            }
            String id = row.getString(1);
            UUID applicationId = UUID.fromString(id);
            UUID candidateId = row.getObject(2, UUID.class);
            applicationIds[2 * count] = applicationId.getMostSignificantBits();
            applicationIds[2 * count + 1] = applicationId.getLeastSignificantBits();
            candidateIds[2 * count] = candidateId.getMostSignificantBits();
            candidateIds[2 * count + 1] = candidateId.getLeastSignificantBits();
            versions[count] = row.getLong(3);
            submittedOn[count] = (int) row.getObject(4, OffsetDateTime.class).atZoneSameInstant(clock.getZone())
                    .toLocalDate().toEpochDay();
            List<Choice> choices = choices(row.getString(5), unitOfLine);
            Scores scores = new Scores(row.getBigDecimal(6), row.getBigDecimal(7), row.getBigDecimal(8),
                    row.getBigDecimal(9), row.getBigDecimal(10), List.of(row.getBigDecimal(11)));
            Set<String> subjects = subjectSets.computeIfAbsent(row.getString(12), column ->
                    new SubjectListConverter().convertToEntityAttribute(column).stream()
                            .map(AdmissionVocabulary::subject).collect(Collectors.toUnmodifiableSet()));
            count++;
            return new Applicant(id, scores, subjects, Set.of(), choices);
        }

        /** The stored list (ChoiceListConverter's JSON), read as a stream of tokens: no entity per choice. */
        private List<Choice> choices(String json, Map<String, String> unitOfLine) {
            List<Choice> choices = new ArrayList<>();
            boolean first = true;
            try (JsonParser parser = JSON.createParser(json)) {
                expect(parser.nextToken(), JsonToken.START_ARRAY);
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    List<String> majors = new ArrayList<>(2);
                    boolean acceptAdjustment = false;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String field = parser.currentName();
                        JsonToken value = parser.nextToken();
                        if ("majors".equals(field)) {
                            expect(value, JsonToken.START_ARRAY);
                            while (parser.nextToken() == JsonToken.VALUE_STRING) {
                                String line = parser.getText();
                                if (unitOfLine.containsKey(line)) {
                                    majors.add(line);
                                } else {
                                    lapsed.add(new AdmissionSnapshot.LapsedLine(count, UUID.fromString(line), first));
                                }
                                first = false;
                            }
                        } else if ("acceptAdjustment".equals(field)) {
                            acceptAdjustment = parser.getBooleanValue();
                        } else {
                            parser.skipChildren();
                        }
                    }
                    if (!majors.isEmpty()) {
                        choices.add(new Choice(unitOfLine.get(majors.get(0)), majors, acceptAdjustment));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("stored choice list is unreadable", e);
            }
            return choices;
        }

        /** The arrays in the engine's applicant order (by id), which the built input fixed. */
        AdmissionSnapshot snapshot(AdmissionScope scope, AdmissionInput input) {
            int[] engineIndex = new int[count];
            for (int k = 0; k < count; k++) {
                engineIndex[k] = input.applicants().indexOf(
                        new UUID(applicationIds[2 * k], applicationIds[2 * k + 1]).toString());
            }
            long[] applications = new long[2 * count];
            long[] candidates = new long[2 * count];
            long[] versionsByIndex = new long[count];
            int[] daysByIndex = new int[count];
            for (int k = 0; k < count; k++) {
                int a = engineIndex[k];
                applications[2 * a] = applicationIds[2 * k];
                applications[2 * a + 1] = applicationIds[2 * k + 1];
                candidates[2 * a] = candidateIds[2 * k];
                candidates[2 * a + 1] = candidateIds[2 * k + 1];
                versionsByIndex[a] = versions[k];
                daysByIndex[a] = submittedOn[k];
            }
            List<AdmissionSnapshot.LapsedLine> lapsedByIndex = lapsed.stream().map(line -> new AdmissionSnapshot
                    .LapsedLine(engineIndex[line.applicant()], line.planLineId(), line.rankedFirst())).toList();
            return new AdmissionSnapshot(scope, input, applications, candidates, versionsByIndex, daysByIndex,
                    lapsedByIndex);
        }

        private void grow() {
            applicationIds = Arrays.copyOf(applicationIds, 2 * applicationIds.length);
            candidateIds = Arrays.copyOf(candidateIds, 2 * candidateIds.length);
            versions = Arrays.copyOf(versions, 2 * versions.length);
            submittedOn = Arrays.copyOf(submittedOn, 2 * submittedOn.length);
        }

        private static void expect(JsonToken actual, JsonToken expected) throws IOException {
            if (actual != expected) {
                throw new IOException("expected " + expected + " but found " + actual);
            }
        }
    }
}
