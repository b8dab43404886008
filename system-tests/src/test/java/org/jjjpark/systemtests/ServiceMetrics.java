package org.jjjpark.systemtests;

import org.jjjpark.testkit.platform.PlatformService;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/**
 * What Prometheus would scrape from the running services: each one's {@code /q/metrics}, read directly as operators
 * do (the gateway never routes {@code /q/}).
 */
final class ServiceMetrics {

    private final Map<String, List<String>> seriesByService = new LinkedHashMap<>();

    ServiceMetrics(RunningPlatform platform) {
        for (PlatformService service : PlatformService.ALL) {
            String body = given().baseUri(platform.baseUrl(service)).get("/q/metrics").then().statusCode(200)
                    .extract().asString();
            seriesByService.put(service.module(), body.lines().filter(line -> !line.startsWith("#")).toList());
        }
    }

    /** Whether some service exposes a series of this metric whose labels contain {@code labelText}. */
    boolean exposes(String metric, String labelText) {
        return seriesByService.values().stream().flatMap(List::stream)
                .anyMatch(line -> isOf(line, metric) && line.contains(labelText));
    }

    /** The value of one series of a service, e.g. {@code applications_submitted_total{source_province="130000"}}. */
    double value(PlatformService service, String series) {
        return seriesByService.get(service.module()).stream().filter(line -> line.startsWith(series + " "))
                // The value is the first field; an exemplar (trace and span id) may follow it.
                .mapToDouble(line -> Double.parseDouble(line.substring(series.length() + 1).split(" ")[0]))
                .findFirst().orElse(0);
    }

    private static boolean isOf(String line, String metric) {
        return line.startsWith(metric + "{") || line.startsWith(metric + " ");
    }
}
