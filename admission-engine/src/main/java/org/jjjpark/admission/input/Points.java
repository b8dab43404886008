package org.jjjpark.admission.input;

import java.math.BigDecimal;

/**
 * Scores and ratios as the snapshot keeps them: whole hundredths of a point in an {@code int}, so that sorting and
 * comparing 1.07 M applicants needs no objects. Decimals are normalised to their shortest plain form.
 */
public final class Points {

    /** Scores are at most this many points (no gaokao scale reaches it; it bounds the counting sort). */
    public static final int MAX_POINTS = 1000;

    private static final BigDecimal MAX = BigDecimal.valueOf(MAX_POINTS);

    private Points() {
    }

    /**
     * {@code value} in hundredths of a point; refuses more than two decimals and values outside 0..MAX_POINTS.
     * {@code owner} and {@code field} name the value in the message, which is only built when it is needed.
     */
    public static int hundredths(BigDecimal value, String owner, String field) {
        if (value == null) {
            throw new InvalidInputException(owner + " " + field + " is missing");
        }
        if (value.signum() < 0 || value.compareTo(MAX) > 0) {
            throw new InvalidInputException(owner + " " + field + " " + value.toPlainString()
                    + " is outside 0.." + MAX_POINTS);
        }
        try {
            return value.movePointRight(2).intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(owner + " " + field + " " + value.toPlainString()
                    + " has more than two decimals");
        }
    }

    /** The score of {@code hundredths} hundredths of a point, normalised. */
    public static BigDecimal of(int hundredths) {
        return normal(BigDecimal.valueOf(hundredths, 2));
    }

    /** The same number without trailing zeros and without an exponent: 612.50 becomes 612.5, 600.00 becomes 600. */
    public static BigDecimal normal(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
