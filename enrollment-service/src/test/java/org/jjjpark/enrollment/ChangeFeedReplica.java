package org.jjjpark.enrollment;

import io.restassured.path.json.JsonPath;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A copy of the applications kept the way an integrating system keeps it: from the change feed alone, each sync
 * continuing from the last version it reached up to the newest available one, a few rows per page. It upserts
 * changes by id and applies tombstones by natural key.
 */
public final class ChangeFeedReplica {

    /** The natural key as the feeds carry it. */
    public record Key(int intakeYear, String sourceProvince, String batch, String examNumber, Instant submittedAt) {

        public static Key of(Map<String, Object> key) {
            return new Key((Integer) key.get("intakeYear"), (String) key.get("sourceProvince"),
                    (String) key.get("batch"), (String) key.get("examNumber"),
                    instant(key.get("submittedAt")));
        }
    }

    /** One application of the copy, without its change version. */
    public record Copy(Key key, String status, List<Object> choices, Instant updatedAt) {
    }

    private final String token;
    private final int pageSize;
    private final Map<String, Copy> copies = new HashMap<>();
    private final Map<String, Long> versions = new HashMap<>();
    private final List<Map<String, Object>> changesReceived = new ArrayList<>();
    private final List<Map<String, Object>> deletesReceived = new ArrayList<>();
    private long syncedTo;

    public ChangeFeedReplica(String token, int pageSize) {
        this.token = token;
        this.pageSize = pageSize;
    }

    /** Reads both feeds from the version after the last one synced to the newest available; returns that. */
    public long sync() {
        long available = given().auth().oauth2(token).get("/api/v1/changes/available").then().statusCode(200)
                .extract().jsonPath().getLong("newestChangeVersion");
        assertThat(available).as("the available version never goes back").isGreaterThanOrEqualTo(syncedTo);
        if (available > syncedTo) {
            readAll("/api/v1/changes/applications", available, this::upsert);
            readAll("/api/v1/changes/applications/deletes", available, this::remove);
            syncedTo = available;
        }
        return syncedTo;
    }

    public long syncedTo() {
        return syncedTo;
    }

    /** The copies of one intake year, by application id. */
    public Map<String, Copy> ofYear(int year) {
        return copies.entrySet().stream().filter(e -> e.getValue().key().intakeYear() == year)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    public Long versionOf(String id) {
        return versions.get(id);
    }

    /** Every change row received so far, as sent. */
    public List<Map<String, Object>> changesReceived() {
        return changesReceived;
    }

    /** Every tombstone received so far, as sent. */
    public List<Map<String, Object>> deletesReceived() {
        return deletesReceived;
    }

    private void readAll(String feed, long max, Consumer<Map<String, Object>> apply) {
        Long next = syncedTo + 1;
        long previous = syncedTo;
        while (next != null) {
            JsonPath page = given().auth().oauth2(token).queryParam("minChangeVersion", next)
                    .queryParam("maxChangeVersion", max).queryParam("limit", pageSize).get(feed).then()
                    .statusCode(200).extract().jsonPath();
            assertThat(page.getLong("maxChangeVersion")).isEqualTo(max);
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items.size()).isLessThanOrEqualTo(pageSize);
            for (Map<String, Object> item : items) {
                long version = version(item);
                assertThat(version).as("in order, inside the range asked for").isGreaterThan(previous)
                        .isLessThanOrEqualTo(max);
                previous = version;
                apply.accept(item);
            }
            Number nextMin = page.get("nextMinChangeVersion");
            next = nextMin == null ? null : nextMin.longValue();
        }
    }

    @SuppressWarnings("unchecked")
    private void upsert(Map<String, Object> change) {
        changesReceived.add(change);
        String id = (String) change.get("id");
        Long held = versions.get(id);
        assertThat(version(change)).as("a change never goes back").isGreaterThan(held == null ? 0 : held);
        versions.put(id, version(change));
        copies.put(id, new Copy(Key.of((Map<String, Object>) change.get("key")), (String) change.get("status"),
                (List<Object>) change.get("choices"), instant(change.get("updatedAt"))));
    }

    @SuppressWarnings("unchecked")
    private void remove(Map<String, Object> tombstone) {
        deletesReceived.add(tombstone);
        Key key = Key.of((Map<String, Object>) tombstone.get("key"));
        List<String> matching = copies.entrySet().stream().filter(e -> e.getValue().key().equals(key))
                .map(Map.Entry::getKey).toList();
        assertThat(matching).as("a natural key names one application at most").hasSizeLessThanOrEqualTo(1);
        matching.forEach(id -> {
            copies.remove(id);
            versions.remove(id);
        });
    }

    /** A timestamp as JSON carries it, whatever its offset. */
    public static Instant instant(Object timestamp) {
        return OffsetDateTime.parse((String) timestamp).toInstant();
    }

    private static long version(Map<String, Object> item) {
        return ((Number) item.get("changeVersion")).longValue();
    }
}
