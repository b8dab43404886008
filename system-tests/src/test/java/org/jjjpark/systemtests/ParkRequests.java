package org.jjjpark.systemtests;

import java.time.LocalDate;
import java.time.OffsetDateTime;
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

    static Map<String, Object> internetOfThings(String universityId) {
        return Map.of("partnerId", universityId, "catalogueCode", "080905", "nameZh", "物联网工程",
                "nameEn", "Internet of Things Engineering", "degree", "ENGINEERING", "durationYears", 4,
                "campus", "Gu'an campus", "subjectRequirements", List.of("PHYSICS"));
    }

    /**
     * A co-construction of the park and a university, in effect since yesterday (so active once signed), with 30
     * seats for this year's Hebei applicants in one program.
     */
    static Map<String, Object> coConstruction(String reference, String parkId, String universityId, String programId) {
        return coConstruction(reference, parkId, universityId, List.of(hebeiSeats(programId, LocalDate.now().getYear(), 30)));
    }

    /** A co-construction of the park and a university, in effect since yesterday, with the given seat allocations. */
    static Map<String, Object> coConstruction(String reference, String parkId, String universityId,
                                              List<Map<String, Object>> allocations) {
        LocalDate today = LocalDate.now();
        return Map.of("reference", reference, "type", "CO_CONSTRUCTION",
                "title", "Co-construction of the park with a university",
                "parties", List.of(Map.of("partnerId", parkId, "role", "PARK"),
                        Map.of("partnerId", universityId, "role", "UNIVERSITY")),
                "effectiveFrom", today.minusDays(1).toString(),
                "effectiveTo", today.plusYears(5).toString(),
                "document", Map.of("sha256", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                        "uri", "https://documents.jjjpark.example/agreements/" + reference + ".pdf"),
                "allocations", allocations);
    }

    /** Seats of a program in the park's (Beijing's) plan for applicants from Hebei, general plan. */
    static Map<String, Object> hebeiSeats(String programId, int intakeYear, int seats) {
        return Map.of("programId", programId, "intakeYear", intakeYear, "planProvince", "110000",
                "sourceProvince", "130000", "planType", "GENERAL", "seats", seats);
    }

    /**
     * Hebei's rules (K = 96 single "major + institution" choices, every file dropped is a seat: ratio 1.0) with the
     * filling window given.
     */
    static Map<String, Object> hebeiAdmissionRules(OffsetDateTime windowOpensAt, OffsetDateTime windowClosesAt) {
        return Map.of("windowOpensAt", windowOpensAt.toString(), "windowClosesAt", windowClosesAt.toString(),
                "maxChoices", 96, "maxMajorsPerUnit", 1, "dropRatio", 1.0,
                "tieBreakChain", List.of("CHINESE_PLUS_MATHEMATICS", "MAX_CHINESE_MATHEMATICS", "FOREIGN_LANGUAGE"),
                "tiePolicy", "ADMIT_ALL_TIED");
    }

    private static Map<String, Object> institution(String type, String nameZh, String nameEn, String regionCode) {
        return Map.of("type", type, "nameZh", nameZh, "nameEn", nameEn,
                "identifier", String.format("%05d", NEXT_CODE.getAndIncrement()), "regionCode", regionCode);
    }
}
