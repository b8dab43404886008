package org.jjjpark.agreement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Request bodies of agreements for tests, each with a reference no other test uses. */
public final class Drafts {

    static final LocalDate FROM = LocalDate.of(2024, 2, 21);
    static final LocalDate TO = LocalDate.of(2034, 2, 20);
    static final String DOCUMENT_SHA256 = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static final AtomicInteger NEXT = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();

    private Drafts() {
    }

    public static String uniqueReference() {
        return "T-" + RUN + "-" + NEXT.incrementAndGet();
    }

    /** Co-construction of the park and a university: 30 Beijing and 40 Hebei seats of intake 2024 in one program. */
    public static Map<String, Object> coConstruction(UUID park, UUID university, UUID program) {
        return draft("CO_CONSTRUCTION", "Co-construction of the park",
                List.of(party(park, "PARK"), party(university, "UNIVERSITY")),
                List.of(allocation(program, 2024, "110000", "110000", "GENERAL", 30),
                        allocation(program, 2024, "110000", "130000", "GENERAL", 40)));
    }

    /** An order class sponsored by an enterprise: 40 order-class seats for Hebei applicants. */
    public static Map<String, Object> orderClass(UUID park, UUID university, UUID sponsor, UUID program) {
        return draft("ORDER_CLASS", "Logistics order class",
                List.of(party(park, "PARK"), party(university, "UNIVERSITY"), party(sponsor, "SPONSOR")),
                List.of(allocation(program, 2024, "110000", "130000", "ORDER_CLASS", 40)));
    }

    /** An internship and employment base: no seats. */
    public static Map<String, Object> internshipBase(UUID park, UUID host) {
        return draft("INTERNSHIP_EMPLOYMENT_BASE", "Internship and employment base",
                List.of(party(park, "PARK"), party(host, "BASE_HOST")), null);
    }

    public static Map<String, Object> party(UUID partnerId, String role) {
        return Map.of("partnerId", partnerId.toString(), "role", role);
    }

    public static Map<String, Object> allocation(UUID program, int year, String planProvince, String sourceProvince,
                                                 String planType, int seats) {
        return Map.of("programId", program.toString(), "intakeYear", year, "planProvince", planProvince,
                "sourceProvince", sourceProvince, "planType", planType, "seats", seats);
    }

    private static Map<String, Object> draft(String type, String title, List<Map<String, Object>> parties,
                                             List<Map<String, Object>> allocations) {
        Map<String, Object> body = new HashMap<>();
        body.put("reference", uniqueReference());
        body.put("type", type);
        body.put("title", title);
        body.put("parties", new ArrayList<>(parties));
        body.put("effectiveFrom", FROM.toString());
        body.put("effectiveTo", TO.toString());
        body.put("document", Map.of("sha256", DOCUMENT_SHA256,
                "uri", "https://documents.jjjpark.example/agreements/test.pdf"));
        if (allocations != null) {
            body.put("allocations", new ArrayList<>(allocations));
        }
        return body;
    }
}
