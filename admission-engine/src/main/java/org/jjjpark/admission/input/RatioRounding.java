package org.jjjpark.admission.input;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a unit's drop capacity {@code c_u = q_u · r_u} becomes a whole number of files (DOMAIN.md d.0). */
public enum RatioRounding {
    CEIL(RoundingMode.CEILING),
    FLOOR(RoundingMode.FLOOR),
    HALF_UP(RoundingMode.HALF_UP);

    private final RoundingMode mode;

    RatioRounding(RoundingMode mode) {
        this.mode = mode;
    }

    /** The drop capacity of a unit with {@code quota} seats and drop ratio {@code ratio}. */
    public int dropCapacity(int quota, BigDecimal ratio) {
        return BigDecimal.valueOf(quota).multiply(ratio).setScale(0, mode).intValueExact();
    }
}
