package org.jjjpark.enrollment;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.restassured.response.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads every page of a statistic, as JSON (following nextCursor) or as CSV (following the Link header), into
 * rows of field name to text, an absent value being an absent field: the two forms compare as equals.
 */
final class StatisticsPages {

    /** Decimals read as written ("2.40" stays "2.40"), as the CSV shows them. */
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);
    private static final Pattern NEXT = Pattern.compile("<([^>]+)>;\\s*rel=\"next\"");

    private StatisticsPages() {
    }

    static List<Map<String, String>> json(String token, String statistic, Map<String, ?> query, int limit) {
        List<Map<String, String>> rows = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).accept("application/json").queryParams(query)
                    .queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonNode page = read(request.get("/api/v1/statistics/" + statistic).then().statusCode(200).extract()
                    .asString());
            page.get("items").forEach(item -> {
                Map<String, String> row = new LinkedHashMap<>();
                item.fields().forEachRemaining(f -> row.put(f.getKey(), f.getValue().asText()));
                rows.add(row);
            });
            cursor = page.hasNonNull("nextCursor") ? page.get("nextCursor").asText() : null;
        } while (cursor != null);
        return rows;
    }

    /** The CSV pages, each checked for the byte-order mark, its header row and CRLF line ends. */
    static List<Map<String, String>> csv(String token, String statistic, Map<String, ?> query, int limit,
                                         String separator) {
        List<Map<String, String>> rows = new ArrayList<>();
        Response response = given().auth().oauth2(token).accept("text/csv").queryParams(query)
                .queryParam("limit", limit).queryParam("separator", separator)
                .get("/api/v1/statistics/" + statistic);
        while (true) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.contentType()).isEqualToIgnoringCase("text/csv;charset=UTF-8");
            String text = new String(response.asByteArray(), StandardCharsets.UTF_8);
            assertThat(text).startsWith("\uFEFF").endsWith("\r\n").doesNotContain("\"");
            List<String> lines = List.of(text.substring(1).split("\r\n"));
            List<String> header = List.of(lines.get(0).split(Pattern.quote(separator)));
            for (String line : lines.subList(1, lines.size())) {
                String[] values = line.split(Pattern.quote(separator), -1);
                assertThat(values).hasSameSizeAs(header);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < values.length; i++) {
                    if (!values[i].isEmpty()) {
                        row.put(header.get(i), values[i]);
                    }
                }
                rows.add(row);
            }
            String link = response.header("Link");
            if (link == null) {
                return rows;
            }
            Matcher next = NEXT.matcher(link);
            assertThat(next.find()).as(link).isTrue();
            response = given().auth().oauth2(token).accept("text/csv").urlEncodingEnabled(false).get(next.group(1));
        }
    }

    /** The rows' values of {@code fields}, in the order the service returned them. */
    static List<List<String>> keys(List<Map<String, String>> rows, String... fields) {
        return rows.stream().map(r -> Arrays.stream(fields).map(f -> r.getOrDefault(f, "")).toList()).toList();
    }

    private static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError("not JSON: " + body, e);
        }
    }
}
