package org.jjjpark.partner;

/**
 * The 18-character unified social credit code of an organisation (GB 32100-2015). Its last character is a
 * check character over the first 17, which catches most typing errors.
 */
public final class UnifiedSocialCreditCode {

    /** The 31 characters the standard allows: digits and capitals without I, O, S, V, Z. */
    static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {
    }

    /** Why {@code code} is not a valid unified social credit code, or {@code null} when it is. */
    public static String problemWith(String code) {
        if (code.length() != 18) {
            return "must be 18 characters";
        }
        for (int i = 0; i < 18; i++) {
            if (CHARSET.indexOf(code.charAt(i)) < 0) {
                return "character " + (i + 1) + " is not allowed (digits and capitals except I, O, S, V, Z)";
            }
        }
        if (code.charAt(17) != checkCharacter(code.substring(0, 17))) {
            return "check character does not match";
        }
        return null;
    }

    /** The check character for the first 17 characters of a code. */
    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += CHARSET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        int check = 31 - sum % 31;
        return CHARSET.charAt(check == 31 ? 0 : check);
    }
}
