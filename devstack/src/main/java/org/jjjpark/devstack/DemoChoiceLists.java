package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jjjpark.testkit.candidates.SyntheticCandidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Made-up choice lists for demo candidates, shaped as their province fills them: Beijing and Tianjin list
 * institution groups with up to {@code J} majors each, Hebei lists single "major + institution" choices.
 * Popular institutions come first more often, so first-choice demand is uneven as it is in real plans.
 *
 * @param lines          the open plan lines of the province and year, with their program's subject requirements
 * @param maxChoices     K of the province's admission rules
 * @param majorsPerUnit  J of the province's admission rules; 1 makes every choice a single major
 */
record DemoChoiceLists(List<Line> lines, int maxChoices, int majorsPerUnit) {

    /** A plan line an applicant can name, and the subjects its program requires. */
    record Line(String id, String institutionId, Set<String> requiredSubjects) {
    }

    /** The candidate's list, or an empty array when no line's requirements are met. */
    ArrayNode listOf(SyntheticCandidate candidate, Random random, ArrayNode choices) {
        List<Line> eligible = lines.stream().filter(l -> candidate.subjects().containsAll(l.requiredSubjects())).toList();
        Map<String, List<Line>> byInstitution = new LinkedHashMap<>();
        eligible.forEach(l -> byInstitution.computeIfAbsent(l.institutionId(), k -> new ArrayList<>()).add(l));

        List<List<Line>> units = new ArrayList<>();
        if (majorsPerUnit == 1) {
            eligible.forEach(l -> units.add(List.of(l)));
        } else {
            byInstitution.values().forEach(units::add);
        }
        // A noisy popularity: the earlier a unit in the plan, the likelier it is listed high.
        Map<List<Line>, Double> preference = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            preference.put(units.get(i), i + 3 * random.nextGaussian());
        }
        units.sort(Comparator.comparingDouble(preference::get));
        for (List<Line> unit : units.subList(0, Math.min(maxChoices, units.size()))) {
            List<Line> majors = new ArrayList<>(unit);
            Collections.shuffle(majors, random);
            ObjectNode choice = choices.addObject();
            ArrayNode ids = choice.putArray("majors");
            majors.subList(0, Math.min(majorsPerUnit, majors.size())).forEach(l -> ids.add(l.id()));
            choice.put("acceptAdjustment", random.nextInt(10) < 7);
        }
        return choices;
    }

    /** The lines of a plan-lines page, with requirements looked up by program id. */
    static List<Line> linesOf(JsonNode planLines, Map<String, Set<String>> requirementsByProgramId) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode line : planLines) {
            lines.add(new Line(line.path("id").asText(), line.path("institutionId").asText(),
                    requirementsByProgramId.getOrDefault(line.path("programId").asText(), Set.of())));
        }
        return lines;
    }
}
