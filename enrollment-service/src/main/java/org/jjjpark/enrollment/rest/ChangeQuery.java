package org.jjjpark.enrollment.rest;

/**
 * A request for one page of a change feed: versions from {@code minChangeVersion} to {@code maxChangeVersion},
 * both inclusive, at most {@code limit} rows.
 *
 * @param maxChangeVersion {@code null}: up to the newest version the feed can promise
 */
public record ChangeQuery(long minChangeVersion, Long maxChangeVersion, int limit) {
}
