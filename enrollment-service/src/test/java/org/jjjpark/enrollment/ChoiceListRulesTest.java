package org.jjjpark.enrollment;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class ChoiceListRulesTest {

    static final AdmissionScope HEBEI_2026 = new AdmissionScope(2026, "130000", Batch.UNDERGRADUATE);
    static final List<Subject> PHYSICS_CHEMISTRY = List.of(Subject.PHYSICS, Subject.CHEMISTRY, Subject.BIOLOGY);

    final UUID bit = UUID.randomUUID();
    final UUID cufe = UUID.randomUUID();
    final Map<UUID, PlanOption> options = new HashMap<>();

    @Test
    void aListWithinEveryRuleHasNoProblems() {
        UUID ai = line(bit, HEBEI_2026, true, Subject.PHYSICS);
        UUID iot = line(bit, HEBEI_2026, true);
        UUID finance = line(cufe, HEBEI_2026, true);

        assertThat(check(30, 6, new Choice(List.of(ai, iot), true), new Choice(List.of(finance), false))).isEmpty();
    }

    @Test
    void anUnknownLineIsPlanNotFound() {
        assertThat(codes(check(96, 1, new Choice(List.of(UUID.randomUUID()), true))))
                .containsExactly(EnrollmentProblems.PLAN_NOT_FOUND);
    }

    @Test
    void aLineOfAnotherProvinceYearOrBatchIsNotForThisApplication() {
        UUID beijing = line(bit, new AdmissionScope(2026, "110000", Batch.UNDERGRADUATE), true);
        UUID lastYear = line(bit, new AdmissionScope(2025, "130000", Batch.UNDERGRADUATE), true);

        List<ChoiceProblem> problems = check(96, 1, new Choice(List.of(beijing), true),
                new Choice(List.of(lastYear), true));

        assertThat(codes(problems)).containsExactly(EnrollmentProblems.PLAN_NOT_FOR_APPLICATION,
                EnrollmentProblems.PLAN_NOT_FOR_APPLICATION);
        assertThat(problems.get(1).field()).isEqualTo("choices[1].majors[0]");
    }

    @Test
    void aClosedLineIsPlanClosed() {
        assertThat(codes(check(96, 1, new Choice(List.of(line(bit, HEBEI_2026, false)), true))))
                .containsExactly(EnrollmentProblems.PLAN_CLOSED);
    }

    @Test
    void aRequiredSubjectTheCandidateDidNotTakeIsReported() {
        UUID history = line(bit, HEBEI_2026, true, Subject.HISTORY);

        List<ChoiceProblem> problems = check(96, 1, new Choice(List.of(history), true));

        assertThat(codes(problems)).containsExactly(EnrollmentProblems.SUBJECT_REQUIREMENT_NOT_MET);
        assertThat(problems.get(0).message()).contains("HISTORY");
    }

    @Test
    void theSameMajorTwiceIsADuplicateChoice() {
        UUID ai = line(bit, HEBEI_2026, true);

        assertThat(codes(check(96, 1, new Choice(List.of(ai), true), new Choice(List.of(ai), false))))
                .contains(EnrollmentProblems.DUPLICATE_CHOICE);
    }

    @Test
    void withMajorGroupsTheSameInstitutionTwiceIsADuplicateChoiceButWithSingleMajorsItIsNot() {
        UUID ai = line(bit, HEBEI_2026, true);
        UUID iot = line(bit, HEBEI_2026, true);

        assertThat(codes(check(30, 6, new Choice(List.of(ai), true), new Choice(List.of(iot), true))))
                .containsExactly(EnrollmentProblems.DUPLICATE_CHOICE);
        assertThat(check(96, 1, new Choice(List.of(ai), true), new Choice(List.of(iot), true))).isEmpty();
    }

    @Test
    void majorsOfTwoInstitutionsInOneChoiceAreRefused() {
        assertThat(codes(check(30, 6, new Choice(List.of(line(bit, HEBEI_2026, true), line(cufe, HEBEI_2026, true)),
                true)))).containsExactly(EnrollmentProblems.MAJORS_OF_DIFFERENT_UNITS);
    }

    @Test
    void moreThanKChoicesOrJMajorsAreRefused() {
        UUID a = line(bit, HEBEI_2026, true);
        UUID b = line(cufe, HEBEI_2026, true);
        UUID c = line(bit, HEBEI_2026, true);

        assertThat(codes(check(1, 6, new Choice(List.of(a), true), new Choice(List.of(b), true))))
                .containsExactly(EnrollmentProblems.TOO_MANY_CHOICES);
        assertThat(codes(check(30, 1, new Choice(List.of(a, c), true))))
                .containsExactly(EnrollmentProblems.TOO_MANY_MAJORS);
    }

    private List<ChoiceProblem> check(int maxChoices, int maxMajors, Choice... choices) {
        return ChoiceListRules.check(List.of(choices), HEBEI_2026, maxChoices, maxMajors, options, PHYSICS_CHEMISTRY);
    }

    private UUID line(UUID institution, AdmissionScope scope, boolean open, Subject... requirements) {
        UUID id = UUID.randomUUID();
        options.put(id, new PlanOption(id, scope, open, institution, List.of(requirements)));
        return id;
    }

    private static List<String> codes(List<ChoiceProblem> problems) {
        return problems.stream().map(ChoiceProblem::code).toList();
    }
}
