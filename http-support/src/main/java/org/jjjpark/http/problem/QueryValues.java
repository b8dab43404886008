package org.jjjpark.http.problem;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Parses typed query parameters so that a bad value is a 400 naming the parameter. JAX-RS answers 404 when it
 * cannot convert a query parameter itself, which sends clients looking for a missing resource.
 */
public final class QueryValues {

    private QueryValues() {
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, parameter, "must be one of "
                    + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }

    public static UUID uuid(String parameter, String value) {
        return parsed(parameter, value, UUID::fromString, "must be a UUID");
    }

    public static LocalDate date(String parameter, String value) {
        return parsed(parameter, value, LocalDate::parse, "must be a date such as 2026-06-25");
    }

    /** {@code null} for an absent parameter, else its value as {@code parse} reads it. */
    private static <T> T parsed(String parameter, String value, Function<String, T> parse, String expectation) {
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, parameter, expectation);
        }
    }

    /** A whole number; one too large for a {@code long} is refused like any other non-number. */
    public static Long longValue(String parameter, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, parameter, "must be a whole number");
        }
    }
}
