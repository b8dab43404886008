package org.jjjpark.http.paging;

import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Opaque keyset cursors: the sort key of the last item seen, so the next page starts after it even when rows
 * are inserted meanwhile (offsets would skip or repeat rows). Clients must not parse them.
 */
public final class Cursor {

    private static final String SEPARATOR = "\u001f";
    private static final int MAX_LENGTH = 1000;

    private Cursor() {
    }

    public static String encode(String... keyParts) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(String.join(SEPARATOR, keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @throws ApiException {@code 400 INVALID_CURSOR} when the cursor was not produced by {@link #encode} with
     *                      the same number of parts
     */
    public static List<String> decode(String cursor, int expectedParts) {
        try {
            if (cursor.length() > MAX_LENGTH) {
                throw new IllegalArgumentException("too long");
            }
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = List.of(raw.split(SEPARATOR, -1));
            if (parts.size() != expectedParts) {
                throw new IllegalArgumentException("wrong shape");
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** {@code 400 INVALID_CURSOR}: for lists whose keys do not parse from a decoded cursor. */
    public static ApiException invalid() {
        return ApiException.invalidField(ProblemCodes.INVALID_CURSOR, "cursor",
                "is not a cursor returned by this list; start again without one");
    }
}
