package org.jjjpark.enrollment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The validation DOMAIN.md asks of a choice list, as a pure function: every listed plan line exists, belongs to
 * the application's (year, source province, batch) and is open; the candidate has the subjects its program
 * requires; the majors of one choice belong to one unit; no unit or major is listed twice; at most K choices
 * and J majors per choice.
 *
 * <p>A unit is an institution's major group (院校专业组) when the batch allows several majors per choice
 * (J &gt; 1, Beijing and Tianjin style), and a single "major + institution" (专业+院校) when it allows one
 * (J = 1, Hebei style), where the same institution may appear again with another major.
 */
public final class ChoiceListRules {

    private ChoiceListRules() {
    }

    /**
     * @param options    the plan lines the list names, by id; a missing id is an unknown plan line
     * @param subjects   the subjects the candidate took
     * @return the problems found, in list order; empty when the list is valid
     */
    public static List<ChoiceProblem> check(List<Choice> choices, AdmissionScope scope, int maxChoices,
                                            int maxMajorsPerUnit, Map<UUID, PlanOption> options,
                                            List<Subject> subjects) {
        List<ChoiceProblem> problems = new ArrayList<>();
        if (choices.size() > maxChoices) {
            problems.add(new ChoiceProblem(EnrollmentProblems.TOO_MANY_CHOICES, "choices",
                    "lists " + choices.size() + " choices; this batch allows " + maxChoices));
        }
        Set<Object> units = new HashSet<>();
        Set<UUID> majorsSeen = new HashSet<>();
        for (int c = 0; c < choices.size(); c++) {
            Choice choice = choices.get(c);
            String at = "choices[" + c + "]";
            if (choice.majors().size() > maxMajorsPerUnit) {
                problems.add(new ChoiceProblem(EnrollmentProblems.TOO_MANY_MAJORS, at + ".majors",
                        "lists " + choice.majors().size() + " majors; this batch allows " + maxMajorsPerUnit));
            }
            Set<UUID> institutions = new HashSet<>();
            for (int m = 0; m < choice.majors().size(); m++) {
                UUID lineId = choice.majors().get(m);
                String field = at + ".majors[" + m + "]";
                if (!majorsSeen.add(lineId)) {
                    problems.add(new ChoiceProblem(EnrollmentProblems.DUPLICATE_CHOICE, field,
                            "plan line " + lineId + " is listed more than once"));
                }
                PlanOption option = options.get(lineId);
                if (option == null) {
                    problems.add(new ChoiceProblem(EnrollmentProblems.PLAN_NOT_FOUND, field,
                            "no plan line " + lineId));
                    continue;
                }
                problems.addAll(checkLine(option, scope, subjects, field));
                institutions.add(option.institutionId());
            }
            if (institutions.size() > 1) {
                problems.add(new ChoiceProblem(EnrollmentProblems.MAJORS_OF_DIFFERENT_UNITS, at + ".majors",
                        "the majors of one choice must belong to one institution"));
            } else if (institutions.size() == 1) {
                Object unit = maxMajorsPerUnit > 1 ? institutions.iterator().next() : choice.majors().get(0);
                if (!units.add(unit)) {
                    problems.add(new ChoiceProblem(EnrollmentProblems.DUPLICATE_CHOICE, at,
                            "the unit of this choice is listed in an earlier choice"));
                }
            }
        }
        return problems;
    }

    private static List<ChoiceProblem> checkLine(PlanOption option, AdmissionScope scope, List<Subject> subjects,
                                                 String field) {
        if (!Objects.equals(option.scope(), scope)) {
            return List.of(new ChoiceProblem(EnrollmentProblems.PLAN_NOT_FOR_APPLICATION, field,
                    "plan line " + option.planLineId() + " is for " + describe(option.scope())
                            + ", not for this application's " + describe(scope)));
        }
        if (!option.open()) {
            return List.of(new ChoiceProblem(EnrollmentProblems.PLAN_CLOSED, field,
                    "plan line " + option.planLineId() + " is closed: its agreement no longer allocates these seats"));
        }
        List<Subject> missing = option.subjectRequirements().stream().filter(s -> !subjects.contains(s)).toList();
        if (!missing.isEmpty()) {
            return List.of(new ChoiceProblem(EnrollmentProblems.SUBJECT_REQUIREMENT_NOT_MET, field,
                    "the program requires " + missing + ", which the candidate did not take"));
        }
        return List.of();
    }

    private static String describe(AdmissionScope scope) {
        return scope.intakeYear() + "/" + scope.sourceProvince() + "/" + scope.batch();
    }
}
