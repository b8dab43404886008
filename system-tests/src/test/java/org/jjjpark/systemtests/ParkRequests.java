package org.jjjpark.systemtests;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies an operator sends to set up the park, each partner with an identifier no other test uses. */
final class ParkRequests {

    /** 5-digit Ministry of Education codes, from a random start so that reruns against one database cannot clash. */
    private static final AtomicInteger NEXT_CODE = new AtomicInteger(10000 + ThreadLocalRandom.current().nextInt(80000));

    private ParkRequests() {
    }

    /** The college that hosts the park (its Gu'an campus), the PARK party of its agreements. */
    static Map<String, Object> parkHost() {
        return institution("VOCATIONAL_COLLEGE", "北京经济管理职业学院",
                "Beijing Vocational College of Economics and Management", "131022");
    }

    static Map<String, Object> university(String nameEn) {
        return institution("UNIVERSITY", "测试大学", nameEn, "110000");
    }

    static Map<String, Object> artificialIntelligence(String universityId) {
        return Map.of("partnerId", universityId, "catalogueCode", "080717T", "nameZh", "人工智能",
                "nameEn", "Artificial Intelligence", "degree", "ENGINEERING", "durationYears", 4,
                "campus", "Gu'an campus", "subjectRequirements", List.of("PHYSICS"));
    }

    /**
     * A co-construction of the park and a university, in effect since yesterday (so active once signed), with 30
     * seats for Hebei applicants in one program.
     */
    static Map<String, Object> coConstruction(String reference, String parkId, String universityId, String programId) {
        LocalDate today = LocalDate.now();
        return Map.of("reference", reference, "type", "CO_CONSTRUCTION",
                "title", "Co-construction of the park with a university",
                "parties", List.of(Map.of("partnerId", parkId, "role", "PARK"),
                        Map.of("partnerId", universityId, "role", "UNIVERSITY")),
                "effectiveFrom", today.minusDays(1).toString(),
                "effectiveTo", today.plusYears(5).toString(),
                "document", Map.of("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "uri", "https://documents.jjjpark.example/agreements/" + reference + ".pdf"),
                "allocations", List.of(Map.of("programId", programId, "intakeYear", today.getYear(),
                        "planProvince", "110000", "sourceProvince", "130000", "planType", "GENERAL", "seats", 30)));
    }

    private static Map<String, Object> institution(String type, String nameZh, String nameEn, String regionCode) {
        return Map.of("type", type, "nameZh", nameZh, "nameEn", nameEn,
                "identifier", String.format("%05d", NEXT_CODE.getAndIncrement()), "regionCode", regionCode);
    }
}
