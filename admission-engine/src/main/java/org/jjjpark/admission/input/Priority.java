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
    private final Lottery lottery;
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
        int volunteerOrder = chain.indexOf(TieBreakKey.VOLUNTEER_ORDER);
        groupSteps = 1 + (volunteerOrder >= 0 ? volunteerOrder : chain.size());
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
    }

    /** The subscore keys of the chain in order, without the volunteer order: the common order's keys after the total. */
    public List<TieBreakKey> subscoreKeys() {
        List<TieBreakKey> keys = new ArrayList<>();
        for (int i = 1; i < commonStepKeys.length; i++) {
            keys.add(commonStepKeys[i]);
        }
        return keys;
    }

    public boolean usesVolunteerOrder() {
        return chainSteps > groupSteps;
    }

    public boolean usesLottery() {
        return lottery != null;
    }

    /** The common order: total score, then every subscore key. */
    public int compareCommon(int a, int b) {
        return compare(commonSteps, commonStepKeys, commonSteps.length, a, 0, b, 0);
    }

    /** The tie group: total score and the keys before the volunteer order. */
    public int compareGroup(int a, int b) {
        return compare(unitSteps, unitStepKeys, groupSteps, a, 0, b, 0);
    }

    /** {@code ≻_u} without the lottery: 0 means fully tied, the case {@link TiePolicy#ADMIT_ALL_TIED} places together. */
    public int compareAtUnit(int a, int positionA, int b, int positionB) {
        return compare(unitSteps, unitStepKeys, chainSteps, a, positionA, b, positionB);
    }

    /** {@code ≻_u} with the lottery when the round has one: 0 only between fully tied applicants without it. */
    public int compareStrictlyAtUnit(int a, int positionA, int b, int positionB) {
        return compare(unitSteps, unitStepKeys, unitSteps.length, a, positionA, b, positionB);
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
