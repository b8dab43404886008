package org.jjjpark.enrollment.rest;

import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;
import org.jjjpark.http.problem.QueryValues;

/**
 * Change versions from {@code min} to {@code max}, both inclusive, as a client asks for them to sync a copy.
 *
 * @param max {@code null}: up to the newest version the feed can promise
 */
public record ChangeVersionRange(long min, Long max) {

    /**
     * Reads {@code minChangeVersion} (default 0) and {@code maxChangeVersion} as sent.
     *
     * @throws ApiException {@code 400 VALIDATION_FAILED} naming the parameter for a value that is no whole number,
     *                      is negative, or a minimum above the maximum
     */
    public static ChangeVersionRange parse(String minChangeVersion, String maxChangeVersion) {
        Long min = QueryValues.longValue("minChangeVersion", minChangeVersion);
        Long max = QueryValues.longValue("maxChangeVersion", maxChangeVersion);
        requireNotNegative("minChangeVersion", min);
        requireNotNegative("maxChangeVersion", max);
        if (min != null && max != null && min > max) {
            throw invalid("minChangeVersion", "must not be greater than maxChangeVersion");
        }
        return new ChangeVersionRange(min == null ? 0 : min, max);
    }

    private static void requireNotNegative(String parameter, Long value) {
        if (value != null && value < 0) {
            throw invalid(parameter, "must not be negative");
        }
    }

    private static ApiException invalid(String parameter, String message) {
        return ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, parameter, message);
    }
}
