package org.jjjpark.admission;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RatioRounding;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.Subject;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.TiePolicy;
import org.jjjpark.admission.input.Unit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A small random round for property tests: a few units of one to three majors, up to 25 applicants whose scores
 * fall in narrow bands (so that ties, full units and over-dropping are common), random lists, requirements and
 * configuration.
 */
public record RandomRound(RoundConfig config, List<Unit> units, List<Applicant> applicants) {

    private static final String[] RATIOS = {"1", "1", "1.05", "1.2", "1.5", "2"};
    private static final Subject[] SUBJECTS = {Subject.PHYSICS, Subject.HISTORY, Subject.CHEMISTRY};
    private static final String RESTRICTED = "COLOUR_VISION";

    /** Any configuration. */
    public static Arbitrary<RandomRound> any() {
        return Arbitraries.randomValue(random -> generate(random, randomConfig(random)));
    }

    /** Any tie policy, no re-drop: stage 2 cannot send anyone back to stage 1. */
    public static Arbitrary<RandomRound> withoutReDrop() {
        return Arbitraries.randomValue(random -> generate(random, randomConfig(random).withReDropAfterRejection(false)));
    }

    /** Strict priorities and no re-drop: stage 1 is plain serial dictatorship, as d.6.9–d.6.13 assume. */
    public static Arbitrary<RandomRound> withStrictPriorities() {
        return Arbitraries.randomValue(random -> generate(random,
                randomConfig(random).withLottery("seed-" + random.nextInt(1000)).withReDropAfterRejection(false)));
    }

    public AdmissionInput input() {
        return AdmissionInput.of(config, units, applicants);
    }

    public RandomRound withConfig(RoundConfig other) {
        return new RandomRound(other, units, applicants);
    }

    public RandomRound withUnits(UnaryOperator<List<Unit>> change) {
        return new RandomRound(config, change.apply(units), applicants);
    }

    public RandomRound withApplicants(UnaryOperator<List<Applicant>> change) {
        return new RandomRound(config, units, change.apply(applicants));
    }

    private static RoundConfig randomConfig(Random random) {
        List<TieBreakKey> chain = new ArrayList<>(Arrays.asList(TieBreakKey.values()));
        Collections.shuffle(chain, random);
        chain = chain.subList(0, random.nextInt(chain.size() + 1));
        boolean lottery = random.nextBoolean();
        return new RoundConfig(chain, lottery ? TiePolicy.STRICT_LOTTERY : TiePolicy.ADMIT_ALL_TIED,
                lottery ? "seed-" + random.nextInt(1000) : null, random.nextBoolean(),
                RatioRounding.values()[random.nextInt(RatioRounding.values().length)],
                BigDecimal.valueOf(598 + random.nextInt(4)));
    }

    private static RandomRound generate(Random random, RoundConfig config) {
        List<Unit> units = new ArrayList<>();
        for (int u = 0, count = 1 + random.nextInt(6); u < count; u++) {
            List<Major> majors = new ArrayList<>();
            for (int m = 0, majorCount = 1 + random.nextInt(3); m < majorCount; m++) {
                majors.add(new Major("M" + m, random.nextInt(4), requirements(random)));
            }
            units.add(new Unit("U" + u, new BigDecimal(RATIOS[random.nextInt(RATIOS.length)]),
                    requirements(random), majors));
        }
        List<Applicant> applicants = new ArrayList<>();
        for (int a = 0, count = random.nextInt(26); a < count; a++) {
            applicants.add(applicant(random, "A" + a, units));
        }
        return new RandomRound(config, units, applicants);
    }

    /** Usually none; sometimes a subject, a mathematics minimum or an excluded attribute. */
    private static Requirements requirements(Random random) {
        int kind = random.nextInt(8);
        return switch (kind) {
            case 0 -> Requirements.subjects(SUBJECTS[random.nextInt(SUBJECTS.length)]);
            case 1 -> new Requirements(Set.of(), Map.of(ScoreComponent.MATHEMATICS, BigDecimal.valueOf(101)),
                    Set.of());
            case 2 -> new Requirements(Set.of(), Map.of(), Set.of(RESTRICTED));
            default -> Requirements.NONE;
        };
    }

    private static Applicant applicant(Random random, String id, List<Unit> units) {
        Scores scores = new Scores(BigDecimal.valueOf(598 + random.nextInt(8)),
                BigDecimal.valueOf(100 + random.nextInt(3)), BigDecimal.valueOf(100 + random.nextInt(3)),
                BigDecimal.valueOf(100 + random.nextInt(2)), BigDecimal.valueOf(random.nextInt(2)),
                random.nextBoolean() ? List.of() : List.of(BigDecimal.valueOf(60 + random.nextInt(2)),
                        new BigDecimal("59.5")));
        Set<Subject> subjects = new HashSet<>(List.of(SUBJECTS[random.nextInt(SUBJECTS.length)],
                SUBJECTS[random.nextInt(SUBJECTS.length)]));
        Set<String> attributes = random.nextInt(5) == 0 ? Set.of(RESTRICTED) : Set.of();
        List<Unit> listed = new ArrayList<>(units);
        Collections.shuffle(listed, random);
        List<Choice> choices = new ArrayList<>();
        for (Unit unit : listed.subList(0, random.nextInt(listed.size() + 1))) {
            List<String> majors = new ArrayList<>(unit.majors().stream().map(Major::code).toList());
            Collections.shuffle(majors, random);
            choices.add(new Choice(unit.id(), majors.subList(0, random.nextInt(majors.size() + 1)),
                    random.nextBoolean()));
        }
        return new Applicant(id, scores, subjects, attributes, choices);
    }
}
