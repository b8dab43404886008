package org.jjjpark.http.paging;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a list, in a deterministic order; {@code nextCursor} is absent on the last page. */
public record Page<T>(
        @Schema(description = "The items of this page")
        List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; null on the last page",
                example = "eyJrIjpbIjIwMjYtMTEtMjlUMDk6MDA6MDBaIiwiMWIxZSJdfQ")
        String nextCursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;

    /**
     * Builds a page from {@code limit + 1} fetched rows: the extra row only tells that another page exists.
     *
     * @param cursorOf the keyset position of an item, encoded with {@link Cursor#encode}
     */
    public static <T> Page<T> of(List<T> fetched, int limit, java.util.function.Function<T, String> cursorOf) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOf.apply(items.get(limit - 1)));
    }

    /** The same page with each item converted, e.g. rows into the views clients see. */
    public <V> Page<V> map(java.util.function.Function<T, V> convert) {
        return new Page<>(items.stream().map(convert).toList(), nextCursor);
    }
}
