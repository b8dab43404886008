package org.jjjpark.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Applications per seat, e.g. first-choice demand (1st-choice count / seats), to two decimals. */
public final class SeatRatio {

    private SeatRatio() {
    }

    /** {@code null} when there are no seats: a ratio to nothing is no figure. */
    public static BigDecimal of(long applications, long seats) {
        if (seats == 0) {
            return null;
        }
        return BigDecimal.valueOf(applications).divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP);
    }
}
