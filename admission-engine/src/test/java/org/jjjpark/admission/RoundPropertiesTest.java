package org.jjjpark.admission;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jjjpark.admission.input.Unit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Properties of every round, whatever its configuration: d.6.1–d.6.8 on random instances. */
class RoundPropertiesTest {

    @Property(tries = 500)
    void everyRandomRoundPassesVerification(@ForAll("rounds") RandomRound round) {
        assertThat(new AdmissionEngine().run(round.input())).isInstanceOf(VerifiedRound.class);
    }

    @Property(tries = 200)
    void runningTheSameSnapshotTwiceGivesTheSameResult(@ForAll("rounds") RandomRound round) {
        AdmissionResult first = Fixtures.verified(round.input());
        AdmissionResult second = Fixtures.verified(round.input());

        assertThat(second.outcomes()).isEqualTo(first.outcomes());
        assertThat(second.tieOverflows()).isEqualTo(first.tieOverflows());
    }

    @Property(tries = 200)
    void theOrderOfInputRowsDoesNotChangeTheResult(@ForAll("rounds") RandomRound round, @ForAll long seed) {
        Random random = new Random(seed);
        RandomRound shuffled = round.withUnits(units -> shuffled(units.stream().map(unit -> new Unit(unit.id(),
                        unit.dropRatio(), unit.requirements(), shuffled(unit.majors(), random))).toList(), random))
                .withApplicants(applicants -> shuffled(applicants, random));

        AdmissionResult original = Fixtures.verified(round.input());
        AdmissionResult reordered = Fixtures.verified(shuffled.input());

        assertThat(reordered.outcomes()).isEqualTo(original.outcomes());
        assertThat(reordered.tieOverflows()).isEqualTo(original.tieOverflows());
    }

    @Provide
    Arbitrary<RandomRound> rounds() {
        return RandomRound.any();
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }
}
