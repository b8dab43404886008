package org.jjjpark.testkit.candidates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible population of candidates of one province and exam year: candidate {@code i} is the same on
 * every run with the same seed, so demo data and tests can re-import it (imports are idempotent by exam number)
 * and sign candidates up by their numbers.
 *
 * <p>Beijing and Tianjin follow the 3+3 scheme (one comprehensive ranking, any three electives); Hebei follows
 * 3+1+2 (physics or history first, then two re-choice subjects). Scores come from one ability factor per
 * candidate plus noise per subject, so subjects correlate as real results do.
 */
public final class SyntheticCandidates {

    private static final List<String> THREE_PLUS_THREE = List.of("PHYSICS", "CHEMISTRY", "BIOLOGY", "HISTORY",
            "GEOGRAPHY", "POLITICS");
    private static final List<String> RE_CHOICE = List.of("CHEMISTRY", "BIOLOGY", "GEOGRAPHY", "POLITICS");
    private static final Map<String, List<String>> REGIONS = Map.of(
            "110000", List.of("110101", "110105", "110108", "110115"),
            "120000", List.of("120101", "120104", "120110"),
            // Shijiazhuang, Langfang, Gu'an (the park's county), Xiong'an
            "130000", List.of("130102", "131000", "131022", "133100"));
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰";
    /** Births spread over two school years, as in one exam cohort. */
    private static final int BIRTH_DAYS = 730;
    /** The ID number's 3-digit sequence holds 500 people of each sex per region and birth date. */
    private static final int SEQUENCES_PER_SEX = 500;

    private final String province;
    private final int examYear;
    private final long seed;
    private final List<String> regions;

    /**
     * @param province GB/T 2260 code: 110000, 120000 or 130000
     * @param seed     fixes every random choice; exam and ID numbers depend on the index only
     */
    public SyntheticCandidates(String province, int examYear, long seed) {
        this.regions = REGIONS.get(province);
        if (regions == null) {
            throw new IllegalArgumentException("no synthetic candidates for province " + province);
        }
        this.province = province;
        this.examYear = examYear;
        this.seed = seed;
    }

    /** Candidates {@code first} to {@code first + count - 1}. */
    public List<SyntheticCandidate> range(int first, int count) {
        List<SyntheticCandidate> candidates = new ArrayList<>(count);
        for (int i = first; i < first + count; i++) {
            candidates.add(candidate(i));
        }
        return candidates;
    }

    public SyntheticCandidate candidate(int index) {
        if (index < 0 || index >= capacity()) {
            throw new IllegalArgumentException("index " + index + " outside 0.." + (capacity() - 1));
        }
        // The province takes part so that two provinces' candidate i do not share their scores.
        Random random = new Random((seed * 1_000_003L + index) * 31 + province.hashCode());
        boolean male = random.nextBoolean();
        LocalDate birthDate = LocalDate.of(examYear - 19, 9, 1).plusDays((index / regions.size()) % BIRTH_DAYS);
        String region = regions.get(index % regions.size());
        int sequence = 2 * (index / (regions.size() * BIRTH_DAYS)) + (male ? 1 : 0);
        String first17 = region + birthDate.toString().replace("-", "") + String.format("%03d", sequence);

        boolean physicsTrack = random.nextInt(10) < 6;
        String track = isThreePlusThree() ? "COMPREHENSIVE" : physicsTrack ? "PHYSICS" : "HISTORY";
        double ability = random.nextGaussian();
        return new SyntheticCandidate(
                examNumber(index),
                name(random),
                first17 + checkCharacter(first17),
                birthDate,
                male ? "MALE" : "FEMALE",
                track,
                subjects(random, physicsTrack),
                score(random, ability, 150, 0.68),
                score(random, ability, 150, 0.62),
                score(random, ability, 150, 0.70),
                score(random, ability, 100, 0.66),
                score(random, ability, 200, 0.64));
    }

    /** Year, province and a running number: {@code 25130000000042} is Hebei's 42nd candidate of 2025. */
    public String examNumber(int index) {
        return String.format("%02d%s%010d", examYear % 100, province.substring(0, 2), index);
    }

    public int capacity() {
        return regions.size() * BIRTH_DAYS * SEQUENCES_PER_SEX;
    }

    private boolean isThreePlusThree() {
        return !province.equals("130000");
    }

    private List<String> subjects(Random random, boolean physicsTrack) {
        List<String> pool = new ArrayList<>(isThreePlusThree() ? THREE_PLUS_THREE : RE_CHOICE);
        List<String> chosen = new ArrayList<>(3);
        if (!isThreePlusThree()) {
            chosen.add(physicsTrack ? "PHYSICS" : "HISTORY");
        }
        while (chosen.size() < 3) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return List.copyOf(chosen);
    }

    /** Mean share {@code meanShare} of the maximum, spread so that about one in a thousand reaches the top. */
    private static int score(Random random, double ability, int maximum, double meanShare) {
        double share = meanShare + 0.11 * (0.8 * ability + 0.6 * random.nextGaussian());
        return (int) Math.round(Math.max(0, Math.min(maximum, share * maximum)));
    }

    private static String name(Random random) {
        StringBuilder name = new StringBuilder().append(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int givenLength = 1 + random.nextInt(2);
        for (int i = 0; i < givenLength; i++) {
            name.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return name.toString();
    }

    /** GB 11643-1999: ISO 7064 MOD 11-2 over the first 17 digits. */
    static char checkCharacter(String first17Digits) {
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * weights[i];
        }
        return "10X98765432".charAt(sum % 11);
    }
}
