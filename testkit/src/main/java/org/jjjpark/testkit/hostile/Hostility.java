package org.jjjpark.testkit.hostile;

/** The kinds of hostile input a request can carry; each request carries exactly one. */
public enum Hostility {
    /** A body field holding a value of another JSON type (a string for a number, an object for a string...). */
    WRONG_TYPE(Part.BODY),
    /** A body field left out. */
    MISSING_FIELD(Part.BODY),
    /** An empty object as the body, or as a nested object. */
    EMPTY_OBJECT(Part.BODY),
    /** A field the schema does not know, some named like properties clients must not set (status, id...). */
    UNKNOWN_FIELD(Part.BODY),
    /** A string of 5 000 to 1 200 000 characters. */
    HUGE_STRING(Part.BODY),
    /** An array of 10 000 to 200 000 elements. */
    HUGE_ARRAY(Part.BODY),
    /** Control characters, NUL, bidirectional marks, lone surrogates, non-characters and the like in a string. */
    ODD_TEXT(Part.BODY),
    /** Negative, zero, fractional, out-of-range and overflowing numbers, also where text is expected. */
    EXTREME_NUMBER(Part.BODY),
    /** A value outside the field's enum. */
    UNKNOWN_ENUM(Part.BODY),
    /** Text that is not JSON: cut short, unbalanced, with comments, single quotes, a byte-order mark... */
    BROKEN_JSON(Part.BODY),
    /** Bytes that are not UTF-8: overlong encodings, encoded surrogates, stray continuation bytes. */
    INVALID_UTF8(Part.BODY),
    /** Arrays nested thousands deep. */
    DEEP_NESTING(Part.BODY),
    /** A body that is valid JSON but not an object: an array, a number, a string, {@code null}. */
    NOT_AN_OBJECT(Part.BODY),
    /** The body under another, a malformed or no {@code Content-Type}. */
    WRONG_CONTENT_TYPE(Part.BODY),
    /** A body sent to an operation that takes none. */
    UNEXPECTED_BODY(Part.NO_BODY),
    /** A path parameter that is not what it should be: not a UUID, huge, encoded tricks. */
    BAD_PATH_PARAMETER(Part.PATH),
    /** A declared query parameter with a bad value, or repeated. */
    BAD_QUERY_PARAMETER(Part.QUERY),
    /** A query parameter the operation does not declare. */
    UNKNOWN_QUERY_PARAMETER(Part.ANY),
    /** Odd {@code Accept}, {@code If-Match}, {@code Idempotency-Key} and similar headers. */
    BAD_HEADER(Part.ANY),
    /** No credentials at all. */
    NO_CREDENTIALS(Part.ANY, 1),
    /** A bearer token that is not one: garbage, truncated, unsigned. */
    FORGED_CREDENTIALS(Part.ANY, 1);

    enum Part { BODY, NO_BODY, PATH, QUERY, ANY }

    private final Part part;
    private final int weight;

    Hostility(Part part) {
        this(part, 3);
    }

    /** {@code weight}: how often it is chosen relative to others; credentials stop a request before validation. */
    Hostility(Part part, int weight) {
        this.part = part;
        this.weight = weight;
    }

    int weight() {
        return weight;
    }

    boolean appliesTo(ApiOperation operation) {
        return switch (part) {
            case BODY -> operation.takesBody();
            case NO_BODY -> !operation.takesBody();
            case PATH -> !operation.parametersIn("path").isEmpty();
            case QUERY -> !operation.parametersIn("query").isEmpty();
            case ANY -> true;
        };
    }
}
