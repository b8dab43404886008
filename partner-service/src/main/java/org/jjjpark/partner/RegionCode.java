package org.jjjpark.partner;

import java.util.Set;

/** A GB/T 2260 administrative division code: 6 digits, the first two naming a province-level division. */
public final class RegionCode {

    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private RegionCode() {
    }

    /** Why {@code code} is not a region code, or {@code null} when it is. */
    public static String problemWith(String code) {
        if (!code.matches("\\d{6}")) {
            return "must be 6 digits (GB/T 2260), e.g. 130000 for Hebei or 131022 for Gu'an";
        }
        if (!PROVINCES.contains(code.substring(0, 2))) {
            return "does not start with a province-level code";
        }
        return null;
    }

    /**
     * The prefix that selects a region and everything inside it: {@code 130000} → {@code 13} (all of Hebei),
     * {@code 131000} → {@code 1310} (Langfang and its counties), {@code 131022} → itself.
     */
    public static String containmentPrefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }
}
