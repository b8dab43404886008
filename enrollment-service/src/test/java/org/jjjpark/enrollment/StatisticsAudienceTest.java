package org.jjjpark.enrollment;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class StatisticsAudienceTest {

    final StatisticsAudience beijing = StatisticsAudience.ofCommission(Optional.of("110000"));

    @Test
    void aCommissionSeesEveryCountOfItsOwnProvinceHoweverSmall() {
        assertThat(beijing.discloses("110000", 0, 1, 4)).isTrue();
    }

    @Test
    void crossProvinceCellsUnderFiveAreSuppressed() {
        assertThat(beijing.discloses("130000", 4)).isFalse();
        assertThat(beijing.discloses("130000", 0)).isFalse();
        assertThat(beijing.discloses("130000", 12, 4)).as("one small cell withholds the row").isFalse();
        assertThat(beijing.discloses("130000", 5, 12)).isTrue();
    }

    @Test
    void aCommissionWithoutProvinceClaimHasNoOwnProvince() {
        assertThat(StatisticsAudience.ofCommission(Optional.empty()).discloses("110000", 3)).isFalse();
    }

    @Test
    void operatorsSeeEverything() {
        assertThat(StatisticsAudience.ofOperator().discloses("130000", 1)).isTrue();
    }

    @Test
    void ratiosPerSeatHaveTwoDecimalsAndNoneWithoutSeats() {
        assertThat(SeatRatio.of(7, 2)).hasToString("3.50");
        assertThat(SeatRatio.of(1, 3)).hasToString("0.33");
        assertThat(SeatRatio.of(2, 3)).hasToString("0.67");
        assertThat(SeatRatio.of(5, 0)).isNull();
    }
}
