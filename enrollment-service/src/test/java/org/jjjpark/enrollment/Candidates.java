package org.jjjpark.enrollment;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.jjjpark.testkit.TestTokens;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

import static io.restassured.RestAssured.given;

/** Candidate records with exam and ID numbers no other test uses, and the import call. */
public final class Candidates {

    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(1_000_000, 8_000_000));

    private Candidates() {
    }

    /** A valid ID number (correct check character) born in 2008 in Beijing's Chaoyang district. */
    public static String uniqueIdNumber() {
        String first17 = "1101052008" + String.format("%07d", NEXT.getAndIncrement() % 10_000_000);
        return first17 + IdNumber.checkCharacter(first17);
    }

    public static String uniqueExamNumber() {
        return "26" + String.format("%012d", NEXT.getAndIncrement());
    }

    /** A physics-track candidate who took physics, chemistry and biology. */
    public static Map<String, Object> record() {
        Map<String, Object> r = new HashMap<>();
        r.put("examNumber", uniqueExamNumber());
        r.put("name", "张三");
        r.put("idNumber", uniqueIdNumber());
        r.put("birthDate", "2008-01-01");
        r.put("sex", "FEMALE");
        r.put("subjectTrack", "PHYSICS");
        r.put("subjects", List.of("PHYSICS", "CHEMISTRY", "BIOLOGY"));
        r.put("totalScore", 612);
        r.put("chinese", 121);
        r.put("mathematics", 135);
        r.put("foreignLanguage", 128);
        r.put("firstChoiceSubject", 88);
        r.put("electives", 140);
        return r;
    }

    public static List<Map<String, Object>> records(int count) {
        List<Map<String, Object>> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            records.add(record());
        }
        return records;
    }

    public static ValidatableResponse importAs(String token, String province, int year,
                                               List<Map<String, Object>> records) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("provinceCode", province, "examYear", year, "candidates", records))
                .post("/api/v1/candidates/imports").then();
    }

    /** Imports one candidate through their province's commission; returns the candidate id. */
    public static UUID registered(String province, int year, Map<String, Object> record) {
        String id = importAs(TestTokens.commission(province), province, year, List.of(record)).statusCode(200)
                .extract().path("outcomes[0].candidateId");
        return UUID.fromString(id);
    }
}
