package org.jjjpark.enrollment;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** One page of a change feed, in change-version order. */
public record ChangePage<T>(
        @Schema(description = "The rows of this page")
        List<T> items,
        @Schema(description = "The upper end this page was read to: the maxChangeVersion asked for, capped at the "
                + "newest available version; the next sync continues after it", example = "2200")
        long maxChangeVersion,
        @Schema(description = "Pass as minChangeVersion, with the same maxChangeVersion, for the next page; absent "
                + "on the last page", example = "1043")
        Long nextMinChangeVersion) {

    /** Builds a page from up to {@code limit + 1} rows: the extra row only tells that another page exists. */
    public static <T> ChangePage<T> of(List<T> fetched, int limit, long maxChangeVersion,
                                       ToLongFunction<T> changeVersion) {
        if (fetched.size() <= limit) {
            return new ChangePage<>(List.copyOf(fetched), maxChangeVersion, null);
        }
        List<T> items = List.copyOf(fetched.subList(0, limit));
        return new ChangePage<>(items, maxChangeVersion, changeVersion.applyAsLong(items.get(limit - 1)) + 1);
    }

    /** The same page with each row shown another way. */
    public <R> ChangePage<R> map(Function<T, R> view) {
        return new ChangePage<>(items.stream().map(view).toList(), maxChangeVersion, nextMinChangeVersion);
    }
}
