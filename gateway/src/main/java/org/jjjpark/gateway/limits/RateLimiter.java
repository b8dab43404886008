package org.jjjpark.gateway.limits;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets per client key. Buckets that have refilled completely carry no information and are dropped, so
 * a flood of one-off addresses cannot grow the map without bound. Limits are per gateway instance.
 */
public final class RateLimiter {

    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int capacity;
    private final double perSecond;
    private final LongSupplier clock;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(int capacity, int perMinute, LongSupplier clock) {
        this.capacity = capacity;
        this.perSecond = perMinute / 60d;
        this.clock = clock;
    }

    public int capacity() {
        return capacity;
    }

    public TokenBucket.Decision take(String clientKey) {
        long now = clock.getAsLong();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            buckets.values().removeIf(bucket -> bucket.isFull(now));
        }
        return buckets.computeIfAbsent(clientKey, k -> new TokenBucket(capacity, perSecond, now)).take(now);
    }

    /** Forgets clients whose buckets are full again; called periodically. */
    public void evictIdle() {
        long now = clock.getAsLong();
        buckets.values().removeIf(bucket -> bucket.isFull(now));
    }
}
