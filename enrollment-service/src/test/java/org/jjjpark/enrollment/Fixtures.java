package org.jjjpark.enrollment;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/** Request bodies for tests, and admission years no other test uses, so tests share nothing. */
public final class Fixtures {

    /**
     * Each test that sets admission rules takes its own year: 2030 to 2100 first, then 2000 to 2023 (the API
     * accepts 2000 to 2100; the years around now are left to tests that name them).
     */
    private static final int[] YEARS = IntStream.concat(IntStream.rangeClosed(2030, 2100), IntStream.rangeClosed(2000, 2023))
            .toArray();
    private static final AtomicInteger NEXT_YEAR = new AtomicInteger();

    private Fixtures() {
    }

    public static int uniqueYear() {
        int next = NEXT_YEAR.getAndIncrement();
        if (next >= YEARS.length) {
            throw new IllegalStateException("tests used up the admission years; reuse one");
        }
        return YEARS[next];
    }

    /** Rules whose filling window is open now. */
    public static Map<String, Object> openWindow(int maxChoices, int maxMajorsPerUnit) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        return admissionConfig(now.minusDays(1), now.plusDays(2), maxChoices, maxMajorsPerUnit);
    }

    public static Map<String, Object> admissionConfig(OffsetDateTime opens, OffsetDateTime closes, int maxChoices,
                                                      int maxMajorsPerUnit) {
        Map<String, Object> body = new HashMap<>();
        body.put("windowOpensAt", opens.toString());
        body.put("windowClosesAt", closes.toString());
        body.put("maxChoices", maxChoices);
        body.put("maxMajorsPerUnit", maxMajorsPerUnit);
        body.put("dropRatio", 1.05);
        body.put("tieBreakChain", List.of("CHINESE_PLUS_MATHEMATICS", "MAX_CHINESE_MATHEMATICS", "FOREIGN_LANGUAGE",
                "FIRST_CHOICE_SUBJECT", "MAX_ELECTIVE", "VOLUNTEER_ORDER"));
        body.put("tiePolicy", "ADMIT_ALL_TIED");
        return body;
    }
}
