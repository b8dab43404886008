package org.jjjpark.enrollment;

import org.jjjpark.enrollment.ChangeCheckpoints.Checkpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChangeCheckpointsTest {

    final ChangeCheckpoints checkpoints = new ChangeCheckpoints(3);

    @Test
    void aCheckpointIsPromisedOnlyOnceNoTransactionOlderThanItsHorizonRuns() {
        checkpoints.add(new Checkpoint(41, 700));

        assertThat(checkpoints.promote(699)).isZero();
        assertThat(checkpoints.promote(700)).isEqualTo(41);
    }

    @Test
    void aLongTransactionHoldsBackNewerCheckpointsTooUntilItEnds() {
        checkpoints.add(new Checkpoint(10, 100));
        checkpoints.add(new Checkpoint(20, 200));
        checkpoints.add(new Checkpoint(30, 300));

        assertThat(checkpoints.promote(150)).isEqualTo(10);
        assertThat(checkpoints.promote(400)).isEqualTo(30);
    }

    @Test
    void thePromiseNeverGoesBack() {
        checkpoints.add(new Checkpoint(30, 300));
        checkpoints.promote(300);
        checkpoints.add(new Checkpoint(20, 400));

        assertThat(checkpoints.promote(500)).isEqualTo(30);
        assertThat(checkpoints.safe()).isEqualTo(30);
    }

    @Test
    void whenFullTheOldestCheckpointGivesWay() {
        for (int i = 1; i <= 4; i++) {
            checkpoints.add(new Checkpoint(i * 10, i * 100));
        }

        assertThat(checkpoints.promote(150)).as("the first checkpoint was dropped").isZero();
        assertThat(checkpoints.promote(250)).isEqualTo(20);
    }
}
