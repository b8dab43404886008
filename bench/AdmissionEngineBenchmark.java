import org.jjjpark.admission.AdmissionEngine;
import org.jjjpark.admission.AdmissionResult;
import org.jjjpark.admission.FailedRound;
import org.jjjpark.admission.RoundOutcome;
import org.jjjpark.admission.VerifiedRound;
import org.jjjpark.admission.canonical.CanonicalResult;
import org.jjjpark.admission.input.AdmissionInput;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.Requirements;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.ScoreComponent;
import org.jjjpark.admission.input.Scores;
import org.jjjpark.admission.input.Subject;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.Unit;
import org.jjjpark.admission.verification.RoundVerifier;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The admission engine alone on a synthetic round the size of the whole region (DOMAIN.md "Scale"): 1.07 M
 * applicants, lists of up to 96 choices, 20 000 units whose popularity follows a Zipf law, all from a fixed seed.
 * Times the engine's public entry (match + verification) after warm-up runs, and verification alone.
 *
 * <p>Run through bench/admission-engine.sh, which builds the engine and passes the heap size.
 */
public class AdmissionEngineBenchmark {

    static final long SEED = 20240221L;
    static final int APPLICANTS = 1_070_000;
    static final int UNITS = 20_000;
    static final int MAX_CHOICES = 96;
    static final double ZIPF_EXPONENT = 1.0;
    static final List<TieBreakKey> HEBEI_CHAIN = List.of(TieBreakKey.CHINESE_PLUS_MATHEMATICS,
            TieBreakKey.MAX_CHINESE_MATHEMATICS, TieBreakKey.FOREIGN_LANGUAGE, TieBreakKey.FIRST_CHOICE_SUBJECT,
            TieBreakKey.MAX_ELECTIVE, TieBreakKey.VOLUNTEER_ORDER);
    static final Subject[] ELECTIVES = {Subject.CHEMISTRY, Subject.BIOLOGY, Subject.GEOGRAPHY, Subject.POLITICS};

    public static void main(String[] args) {
        int warmUps = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Random random = new Random(SEED);

        long start = System.nanoTime();
        List<Unit> units = units(random);
        AdmissionInput input = applicants(random, units);
        System.out.printf("input: %,d applicants, %,d choices, %,d units, %,d majors, %,d seats; built in %.1f s%n",
                input.applicants().count(), input.applicants().choiceCount(), input.units().count(),
                input.units().majorCount(), seats(units), seconds(start));
        System.out.printf("heap after building the input: %,d MB used of %,d MB max%n", usedMegabytes(),
                Runtime.getRuntime().maxMemory() >> 20);

        AdmissionEngine engine = new AdmissionEngine();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int i = 1; i <= warmUps + repetitions; i++) {
            long runStart = System.nanoTime();
            long runCpu = threads.getCurrentThreadCpuTime();
            AdmissionResult result = verified(engine.run(input));
            double total = seconds(runStart);
            double totalCpu = (threads.getCurrentThreadCpuTime() - runCpu) / 1e9;
            long verifyStart = System.nanoTime();
            long verifyCpu = threads.getCurrentThreadCpuTime();
            int violations = RoundVerifier.verify(result).size();
            double verification = seconds(verifyStart);
            double verificationCpu = (threads.getCurrentThreadCpuTime() - verifyCpu) / 1e9;
            long hashStart = System.nanoTime();
            String hash = CanonicalResult.sha256(result);
            System.out.printf("%s %d: match + verification %.3f s wall, %.3f s CPU (verification alone %.3f s wall, "
                            + "%.3f s CPU, %d violations); result sha256 %s… in %.2f s%n",
                    i <= warmUps ? "warm-up" : "run", i, total, totalCpu, verification, verificationCpu, violations,
                    hash.substring(0, 12), seconds(hashStart));
            if (i == warmUps + repetitions) {
                summarise(result);
            }
        }
        System.out.printf("heap at the end: %,d MB used%n", usedMegabytes());
    }

    static List<Unit> units(Random random) {
        List<Unit> units = new ArrayList<>(UNITS);
        for (int u = 0; u < UNITS; u++) {
            String id = String.format("U%05d", u);
            BigDecimal ratio = new BigDecimal(new String[] {"1", "1", "1", "1.05", "1.05", "1.1", "1.2"}[random.nextInt(7)]);
            Requirements requirements = switch (random.nextInt(10)) {
                case 0, 1, 2 -> Requirements.subjects(Subject.PHYSICS);
                case 3 -> Requirements.subjects(Subject.PHYSICS, Subject.CHEMISTRY);
                case 4 -> Requirements.subjects(Subject.HISTORY);
                default -> Requirements.NONE;
            };
            if (random.nextInt(10) < 6) {
                // Hebei style: one "major + institution" holding every seat of the unit.
                units.add(new Unit(id, ratio, requirements, List.of(new Major(id, 5 + random.nextInt(51)))));
            } else {
                List<Major> majors = new ArrayList<>();
                for (int m = 0, count = 2 + random.nextInt(5); m < count; m++) {
                    majors.add(new Major("M" + m, 2 + random.nextInt(11), majorRequirements(random)));
                }
                units.add(new Unit(id, ratio, requirements, majors));
            }
        }
        return units;
    }

    static Requirements majorRequirements(Random random) {
        return switch (random.nextInt(40)) {
            case 0 -> new Requirements(Set.of(), Map.of(ScoreComponent.MATHEMATICS, BigDecimal.valueOf(90)), Set.of());
            case 1 -> new Requirements(Set.of(), Map.of(), Set.of("COLOUR_VISION"));
            default -> Requirements.NONE;
        };
    }

    /** Applicants with ids in sorted order; each list draws units by Zipf popularity, without repeats. */
    static AdmissionInput applicants(Random random, List<Unit> units) {
        RoundConfig config = RoundConfig.provincialRules(HEBEI_CHAIN, BigDecimal.valueOf(350));
        AdmissionInput.Builder builder = AdmissionInput.builder(config, units);
        ZipfUnits popularity = new ZipfUnits(random, units.size());
        int[] listedBy = new int[units.size()];
        for (int a = 1; a <= APPLICANTS; a++) {
            int total = (int) Math.max(150, Math.min(730, Math.round(480 + 90 * random.nextGaussian())));
            Scores scores = new Scores(BigDecimal.valueOf(total), subscore(random, total, 150),
                    subscore(random, total, 150), subscore(random, total, 150), subscore(random, total, 100),
                    List.of(subscore(random, total, 100), subscore(random, total, 100)));
            Set<Subject> subjects = EnumSet.of(random.nextInt(10) < 6 ? Subject.PHYSICS : Subject.HISTORY,
                    ELECTIVES[random.nextInt(2)], ELECTIVES[2 + random.nextInt(2)]);
            Set<String> attributes = random.nextInt(50) == 0 ? Set.of("COLOUR_VISION") : Set.of();
            int length = random.nextInt(10) < 4 ? MAX_CHOICES : 1 + random.nextInt(MAX_CHOICES - 1);
            List<Choice> choices = new ArrayList<>(length);
            while (choices.size() < length) {
                int u = popularity.next();
                if (listedBy[u] != a) {
                    listedBy[u] = a;
                    choices.add(choice(random, units.get(u)));
                }
            }
            builder.add(new Applicant(String.format("A%07d", a), scores, subjects, attributes, choices));
        }
        return builder.build();
    }

    /** A subscore about proportional to the total, out of {@code max}. */
    static BigDecimal subscore(Random random, int total, int max) {
        double mean = max * total / 750.0;
        return BigDecimal.valueOf(Math.max(0, Math.min(max, Math.round(mean + 8 * random.nextGaussian()))));
    }

    static Choice choice(Random random, Unit unit) {
        if (unit.majors().size() == 1) {
            return new Choice(unit.id(), List.of(unit.id()), false);
        }
        List<String> codes = new ArrayList<>(unit.majors().stream().map(Major::code).toList());
        java.util.Collections.shuffle(codes, random);
        return new Choice(unit.id(), codes.subList(0, 1 + random.nextInt(codes.size())), random.nextInt(10) < 7);
    }

    /** Unit indices drawn with probability proportional to 1 / popularity rank ^ exponent. */
    static final class ZipfUnits {
        private final Random random;
        private final double[] cumulative;
        private final int[] unitAtRank;

        ZipfUnits(Random random, int units) {
            this.random = random;
            cumulative = new double[units];
            double sum = 0;
            for (int rank = 0; rank < units; rank++) {
                sum += 1 / Math.pow(rank + 1, ZIPF_EXPONENT);
                cumulative[rank] = sum;
            }
            for (int rank = 0; rank < units; rank++) {
                cumulative[rank] /= sum;
            }
            unitAtRank = new int[units];
            Arrays.setAll(unitAtRank, i -> i);
            for (int i = units - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = unitAtRank[i];
                unitAtRank[i] = unitAtRank[j];
                unitAtRank[j] = swap;
            }
        }

        int next() {
            int rank = Arrays.binarySearch(cumulative, random.nextDouble());
            return unitAtRank[Math.min(rank < 0 ? -rank - 1 : rank, cumulative.length - 1)];
        }
    }

    static AdmissionResult verified(RoundOutcome outcome) {
        if (outcome instanceof FailedRound failed) {
            throw new IllegalStateException("the round did not verify: " + failed.violations());
        }
        return ((VerifiedRound) outcome).result();
    }

    static void summarise(AdmissionResult result) {
        Map<String, Integer> statuses = new java.util.TreeMap<>();
        result.outcomes().forEach(outcome -> statuses.merge(outcome.status().name(), 1, Integer::sum));
        System.out.printf("outcomes: %s; tie overflows: %d%n", statuses, result.tieOverflows().size());
    }

    static int seats(List<Unit> units) {
        return units.stream().mapToInt(Unit::quota).sum();
    }

    static long usedMegabytes() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
    }

    static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
