package org.jjjpark.admission;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jjjpark.admission.input.Applicant;
import org.jjjpark.admission.input.Choice;
import org.jjjpark.admission.input.Major;
import org.jjjpark.admission.input.RoundConfig;
import org.jjjpark.admission.input.TieBreakKey;
import org.jjjpark.admission.input.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stage 1 without re-drop, where it is serial dictatorship: the properties d.6.9–d.6.13 that DOMAIN.md proves for
 * it. Efficiency and both monotonicities hold under either tie policy; the oracle and strategy-proofness need
 * strict priorities (a lottery as the last key).
 */
class SerialDictatorshipPropertiesTest {

    @Property(tries = 500)
    void serialDictatorshipAndDeferredAcceptanceDropEveryApplicantToTheSameUnit(
            @ForAll("strictRounds") RandomRound round) {
        ReferenceRules rules = new ReferenceRules(round);
        int[] oracle = DeferredAcceptance.match(rules.eligibleLists(), rules.dropCapacities(), rules.unitPriority());

        AdmissionResult result = Fixtures.verified(round.input());

        for (int a = 0; a < round.applicants().size(); a++) {
            String expected = oracle[a] < 0 ? null : round.units().get(oracle[a]).id();
            assertThat(Fixtures.outcomeOf(result, round.applicants().get(a).id()).unitId())
                    .as("applicant %s", round.applicants().get(a).id()).isEqualTo(expected);
        }
    }

    @Property(tries = 300)
    void aSeatMoreNeverMakesAnyApplicantWorseOff(@ForAll("stageOneRounds") RandomRound round, @ForAll long seed) {
        Random random = new Random(seed);
        int topped = random.nextInt(round.units().size());
        RandomRound toppedUp = round.withUnits(units -> {
            List<Unit> changed = new ArrayList<>(units);
            Unit unit = units.get(topped);
            List<Major> majors = new ArrayList<>(unit.majors());
            int m = random.nextInt(majors.size());
            majors.set(m, new Major(majors.get(m).code(), majors.get(m).quota() + 1, majors.get(m).requirements()));
            changed.set(topped, new Unit(unit.id(), unit.dropRatio(), unit.requirements(), majors));
            return changed;
        });

        AdmissionResult before = Fixtures.verified(round.input());
        AdmissionResult after = Fixtures.verified(toppedUp.input());

        for (Applicant applicant : round.applicants()) {
            assertThat(listRank(after, applicant)).as("applicant %s", applicant.id())
                    .isLessThanOrEqualTo(listRank(before, applicant));
        }
    }

    @Property(tries = 300)
    void removingAnApplicantNeverMakesAnyOtherWorseOff(@ForAll("stageOneRounds") RandomRound round,
                                                        @ForAll long seed) {
        if (round.applicants().isEmpty()) {
            return;
        }
        int removed = new Random(seed).nextInt(round.applicants().size());
        RandomRound smaller = round.withApplicants(applicants -> {
            List<Applicant> rest = new ArrayList<>(applicants);
            rest.remove(removed);
            return rest;
        });

        AdmissionResult before = Fixtures.verified(round.input());
        AdmissionResult after = Fixtures.verified(smaller.input());

        for (Applicant applicant : smaller.applicants()) {
            assertThat(listRank(after, applicant)).as("applicant %s", applicant.id())
                    .isLessThanOrEqualTo(listRank(before, applicant));
        }
    }

    @Property(tries = 300)
    void noTwoApplicantsCanSwapTheirUnitsAndBothGain(@ForAll("stageOneRounds") RandomRound round) {
        AdmissionResult result = Fixtures.verified(round.input());
        ReferenceRules rules = new ReferenceRules(round);

        for (Applicant a : round.applicants()) {
            for (Applicant b : round.applicants()) {
                String unitOfA = Fixtures.outcomeOf(result, a.id()).unitId();
                String unitOfB = Fixtures.outcomeOf(result, b.id()).unitId();
                if (unitOfA == null || unitOfB == null || unitOfA.equals(unitOfB)) {
                    continue;
                }
                boolean aGains = listed(a, unitOfB) < listed(a, unitOfA) && rules.eligible(a, rules.unit(unitOfB));
                boolean bGains = listed(b, unitOfA) < listed(b, unitOfB) && rules.eligible(b, rules.unit(unitOfA));
                assertThat(aGains && bGains).as("%s and %s would both gain by swapping", a.id(), b.id()).isFalse();
            }
        }
    }

    @Property(tries = 300)
    void withoutTheVolunteerOrderNoApplicantGainsByReorderingOrTruncatingTheirList(
            @ForAll("strictRounds") RandomRound round, @ForAll long seed) {
        if (round.applicants().isEmpty()) {
            return;
        }
        Random random = new Random(seed);
        List<TieBreakKey> chain = new ArrayList<>(round.config().tieBreakChain());
        chain.remove(TieBreakKey.VOLUNTEER_ORDER);
        RandomRound truthful = round.withConfig(new RoundConfig(chain,
                round.config().tiePolicy(), round.config().lotterySeed(), false, round.config().ratioRounding(),
                round.config().controlLine()));
        int liar = random.nextInt(round.applicants().size());
        Applicant honest = truthful.applicants().get(liar);
        List<Choice> misreported = new ArrayList<>(honest.choices());
        Collections.shuffle(misreported, random);
        List<Choice> submitted = misreported.subList(0, random.nextInt(misreported.size() + 1));
        RandomRound manipulated = truthful.withApplicants(applicants -> {
            List<Applicant> changed = new ArrayList<>(applicants);
            changed.set(liar, new Applicant(honest.id(), honest.scores(), honest.subjects(), honest.attributes(),
                    submitted));
            return changed;
        });

        int honestRank = listRank(Fixtures.verified(truthful.input()), honest);
        int manipulatedRank = listRank(Fixtures.verified(manipulated.input()), honest);

        assertThat(manipulatedRank).isGreaterThanOrEqualTo(honestRank);
    }

    @Provide
    Arbitrary<RandomRound> stageOneRounds() {
        return RandomRound.withoutReDrop();
    }

    @Provide
    Arbitrary<RandomRound> strictRounds() {
        return RandomRound.withStrictPriorities();
    }

    /** Where the unit {@code applicant} was dropped to stands in their own (true) list; the list length if none. */
    private static int listRank(AdmissionResult result, Applicant applicant) {
        String unit = Fixtures.outcomeOf(result, applicant.id()).unitId();
        return unit == null ? applicant.choices().size() : listed(applicant, unit);
    }

    private static int listed(Applicant applicant, String unitId) {
        List<String> units = applicant.choices().stream().map(Choice::unitId).toList();
        return units.contains(unitId) ? units.indexOf(unitId) : Integer.MAX_VALUE;
    }
}
