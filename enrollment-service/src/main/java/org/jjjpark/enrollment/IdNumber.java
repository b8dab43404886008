package org.jjjpark.enrollment;

import java.util.Locale;
import java.util.Optional;

/**
 * Resident identity numbers (GB 11643-1999): 17 digits and an ISO 7064 MOD 11-2 check character (0-9 or X).
 * Only the masked form ever leaves this service.
 */
public final class IdNumber {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private IdNumber() {
    }

    /** The number in canonical form (capital X, no spaces), or why it is not valid; the number is never quoted. */
    public static Optional<String> problem(String idNumber) {
        String id = canonical(idNumber);
        if (!id.matches("\\d{17}[\\dX]")) {
            return Optional.of("must be 17 digits followed by a digit or X");
        }
        if (id.charAt(17) != checkCharacter(id.substring(0, 17))) {
            return Optional.of("check character does not match");
        }
        return Optional.empty();
    }

    public static String canonical(String idNumber) {
        return idNumber == null ? "" : idNumber.strip().toUpperCase(Locale.ROOT);
    }

    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /** Region code and last four characters stay visible, the birth date and sequence do not: {@code 110105********1234}. */
    public static String masked(String idNumber) {
        String id = canonical(idNumber);
        if (id.length() < 10) {
            return "*".repeat(id.length());
        }
        return id.substring(0, 6) + "*".repeat(id.length() - 10) + id.substring(id.length() - 4);
    }
}
