package org.jjjpark.http.metrics;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.CountAtBucket;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class HttpServerLatencyBucketsTest {

    @Test
    void theHttpServerTimerCountsRequestsInLatencyBucketsFrom5msTo10s() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new HttpServerLatencyBuckets().httpServerLatencyBuckets());
        Timer timer = registry.timer(HttpServerLatencyBuckets.HTTP_SERVER_REQUESTS, "uri", "/api/v1/partners");

        timer.record(Duration.ofMillis(30));

        CountAtBucket[] buckets = timer.takeSnapshot().histogramCounts();
        assertThat(buckets).extracting(b -> b.bucket(TimeUnit.MILLISECONDS))
                .containsExactly(5.0, 10.0, 25.0, 50.0, 100.0, 250.0, 500.0, 1_000.0, 2_500.0, 5_000.0, 10_000.0);
        assertThat(Arrays.stream(buckets).filter(b -> b.count() == 1)).hasSize(8);
    }

    @Test
    void otherTimersKeepTheirOwnDistribution() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        registry.config().meterFilter(new HttpServerLatencyBuckets().httpServerLatencyBuckets());

        Timer timer = registry.timer("eventing.relay.run");
        timer.record(Duration.ofMillis(30));

        assertThat(timer.takeSnapshot().histogramCounts()).isEmpty();
    }
}
