package org.jjjpark.admission.input;

import java.util.ArrayList;
import java.util.List;

/**
 * The priority order of DOMAIN.md d.0 and d.3 over applicant indices. Every comparison returns a negative number
 * when the first applicant goes first.
 *
 * <ul>
 *   <li>common order: total score, then every subscore key of the chain; it ranks applicants (位次);</li>
 *   <li>tie group: total score and the keys before {@link TieBreakKey#VOLUNTEER_ORDER}; applicants equal here
 *       are processed together (d.3);</li>
 *   <li>order at a unit ({@code ≻_u}): the whole chain, where the volunteer order compares the positions at which
 *       the two applicants listed the unit; with a strict lottery, the draw last.</li>
 * </ul>
 *
 * <p>The snapshot stores applicants in the common order, so one pass over neighbours, comparing keys, gives each
 * applicant's tie group and rank; after that every comparison is a few integer comparisons. The key-by-key
 * comparisons stay available to check that stored order ({@link #compareCommonByKeys}).
 */
public final class Priority {

    private final ApplicantTable applicants;
    /** TOTAL_SCORE, the chain, then LOTTERY under a strict lottery. */
    private final DecidingKey[] unitSteps;
    private final TieBreakKey[] unitStepKeys;
    private final int groupSteps;
    private final int chainSteps;
    private final DecidingKey[] commonSteps;
    private final TieBreakKey[] commonStepKeys;
    private final boolean volunteerOrder;
    private final Lottery lottery;
    /** The index of the first applicant of each applicant's tie group. */
    private final int[] tieGroup;
    private final int[] rank;
    private byte[][] draws;

    public Priority(ApplicantTable applicants, RoundConfig config) {
        this.applicants = applicants;
        List<TieBreakKey> chain = config.tieBreakChain();
        boolean strict = config.tiePolicy() == TiePolicy.STRICT_LOTTERY;
        unitSteps = new DecidingKey[1 + chain.size() + (strict ? 1 : 0)];
        unitStepKeys = new TieBreakKey[unitSteps.length];
        unitSteps[0] = DecidingKey.TOTAL_SCORE;
        for (int i = 0; i < chain.size(); i++) {
            unitSteps[i + 1] = DecidingKey.of(chain.get(i));
            unitStepKeys[i + 1] = chain.get(i);
        }
        if (strict) {
            unitSteps[unitSteps.length - 1] = DecidingKey.LOTTERY;
        }
        int volunteerOrderAt = chain.indexOf(TieBreakKey.VOLUNTEER_ORDER);
        volunteerOrder = volunteerOrderAt >= 0;
        groupSteps = 1 + (volunteerOrder ? volunteerOrderAt : chain.size());
        chainSteps = 1 + chain.size();
        List<TieBreakKey> subscores = new ArrayList<>(chain);
        subscores.remove(TieBreakKey.VOLUNTEER_ORDER);
        commonSteps = new DecidingKey[1 + subscores.size()];
        commonStepKeys = new TieBreakKey[commonSteps.length];
        commonSteps[0] = DecidingKey.TOTAL_SCORE;
        for (int i = 0; i < subscores.size(); i++) {
            commonSteps[i + 1] = DecidingKey.of(subscores.get(i));
            commonStepKeys[i + 1] = subscores.get(i);
        }
        lottery = strict ? new Lottery(config.lotterySeed()) : null;
        int n = applicants.count();
        tieGroup = new int[n];
        rank = new int[n];
        for (int a = 0; a < n; a++) {
            tieGroup[a] = a > 0 && compareGroupByKeys(a - 1, a) == 0 ? tieGroup[a - 1] : a;
            rank[a] = a > 0 && compareCommonByKeys(a - 1, a) == 0 ? rank[a - 1] : a + 1;
        }
    }

    public boolean usesVolunteerOrder() {
        return volunteerOrder;
    }

    public boolean usesLottery() {
        return lottery != null;
    }

    /** 1 + the number of applicants strictly before {@code a} in the common order (位次). */
    public int rank(int a) {
        return rank[a];
    }

    /** The first applicant of {@code a}'s tie group: equal on the total and the keys before the volunteer order. */
    public int tieGroup(int a) {
        return tieGroup[a];
    }

    /** The common order, key by key: what the stored order of the snapshot must agree with. */
    public int compareCommonByKeys(int a, int b) {
        return compare(commonSteps, commonStepKeys, commonSteps.length, a, 0, b, 0);
    }

    /** The tie group, key by key. */
    public int compareGroupByKeys(int a, int b) {
        return compare(unitSteps, unitStepKeys, groupSteps, a, 0, b, 0);
    }

    /** {@code ≻_u} without the lottery: 0 means fully tied, the case {@link TiePolicy#ADMIT_ALL_TIED} places together. */
    public int compareAtUnit(int a, int positionA, int b, int positionB) {
        if (tieGroup[a] != tieGroup[b]) {
            return Integer.compare(tieGroup[a], tieGroup[b]);
        }
        if (volunteerOrder && positionA != positionB) {
            return Integer.compare(positionA, positionB);
        }
        // Within a group the common order is the order of the keys after the volunteer order.
        return Integer.compare(rank[a], rank[b]);
    }

    /** {@code ≻_u} with the lottery when the round has one: 0 only between fully tied applicants without it. */
    public int compareStrictlyAtUnit(int a, int positionA, int b, int positionB) {
        int comparison = compareAtUnit(a, positionA, b, positionB);
        return comparison != 0 || lottery == null || a == b ? comparison : compareDraws(a, b);
    }

    /** The lottery alone; only under a strict lottery. */
    public int compareDraws(int a, int b) {
        int sign = Lottery.compare(draw(a), draw(b));
        return sign != 0 ? sign : applicants.id(a).compareTo(applicants.id(b));
    }

    /** The first key of {@code ≻_u} (lottery included) on which the two differ; null when fully tied. */
    public DecidingKey decidingKey(int a, int positionA, int b, int positionB) {
        for (int step = 0; step < unitSteps.length; step++) {
            if (sign(unitSteps[step], unitStepKeys[step], a, positionA, b, positionB) != 0) {
                return unitSteps[step];
            }
        }
        return null;
    }

    private int compare(DecidingKey[] steps, TieBreakKey[] keys, int count, int a, int positionA, int b,
                        int positionB) {
        for (int step = 0; step < count; step++) {
            int sign = sign(steps[step], keys[step], a, positionA, b, positionB);
            if (sign != 0) {
                return sign;
            }
        }
        return 0;
    }

    private int sign(DecidingKey step, TieBreakKey key, int a, int positionA, int b, int positionB) {
        return switch (step) {
            case TOTAL_SCORE -> Integer.compare(applicants.total(b), applicants.total(a));
            case VOLUNTEER_ORDER -> Integer.compare(positionA, positionB);
            case LOTTERY -> compareDraws(a, b);
            default -> Integer.compare(applicants.tieBreakValue(key, b), applicants.tieBreakValue(key, a));
        };
    }

    private byte[] draw(int a) {
        if (draws == null) {
            draws = new byte[applicants.count()][];
        }
        if (draws[a] == null) {
            draws[a] = lottery.draw(applicants.id(a));
        }
        return draws[a];
    }
}
