package org.jjjpark.http.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.time.Duration;
import java.util.stream.LongStream;

/**
 * Gives the HTTP server timer ({@code http_server_requests_seconds}) cumulative latency buckets, so that a dashboard
 * can compute each service's p99 across its instances ({@code histogram_quantile} over {@code _bucket}); without
 * them Prometheus gets only a count, a sum and a maximum.
 */
@Singleton
public class HttpServerLatencyBuckets {

    static final String HTTP_SERVER_REQUESTS = "http.server.requests";

    /**
     * Eleven fixed bounds rather than Micrometer's percentile histogram (about seventy buckets per URI, method and
     * status): enough resolution around the latencies that matter, at a size /q/metrics can afford.
     */
    static final double[] BOUNDS_NANOS = LongStream.of(5, 10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000)
            .mapToDouble(millis -> Duration.ofMillis(millis).toNanos()).toArray();

    @Produces
    @Singleton
    MeterFilter httpServerLatencyBuckets() {
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                if (!HTTP_SERVER_REQUESTS.equals(id.getName())) {
                    return config;
                }
                return DistributionStatisticConfig.builder().serviceLevelObjectives(BOUNDS_NANOS).build().merge(config);
            }
        };
    }
}
