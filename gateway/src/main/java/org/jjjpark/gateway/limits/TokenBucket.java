package org.jjjpark.gateway.limits;

/**
 * A token bucket: holds up to {@code capacity} tokens, refilled continuously at {@code perSecond}; each request
 * takes one. Plain Java with an injectable clock, so its arithmetic is tested without waiting.
 */
final class TokenBucket {

    private final double capacity;
    private final double perNano;
    private double tokens;
    private long lastRefill;

    TokenBucket(int capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perNano = perSecond / 1_000_000_000d;
        this.tokens = capacity;
        this.lastRefill = nowNanos;
    }

    /** Takes a token if one is there; the decision and the state the response headers need. */
    synchronized Decision take(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - lastRefill) * perNano);
        lastRefill = nowNanos;
        if (tokens >= 1) {
            tokens -= 1;
            return new Decision(true, (int) Math.floor(tokens), secondsUntil(capacity - tokens));
        }
        return new Decision(false, 0, secondsUntil(1 - tokens));
    }

    synchronized boolean isFull(long nowNanos) {
        return tokens + (nowNanos - lastRefill) * perNano >= capacity;
    }

    private long secondsUntil(double missingTokens) {
        return (long) Math.ceil(missingTokens / perNano / 1_000_000_000d);
    }

    /**
     * @param remaining     tokens left after this request
     * @param resetSeconds  when allowed: seconds until the bucket is full again; when refused: until the next token
     */
    record Decision(boolean allowed, int remaining, long resetSeconds) {
    }
}
