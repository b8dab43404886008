package org.jjjpark.events;

import org.jjjpark.events.enrollment.CandidateRegistered;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.events.partner.PartnerRegistered;
import org.jjjpark.events.partner.PartnerUpdated;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramUpdated;
import org.jjjpark.events.partner.ProgramWithdrawn;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic payload per event type, as a producer would build it. */
final class EventExamples {

    static final UUID BIT = UUID.fromString("5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01");
    static final UUID CANDIDATE = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final byte[] KEY = "example-lookup-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final UUID AI_PROGRAM = UUID.fromString("0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02");

    static final Map<EventType<?>, Object> BY_TYPE = Map.of(
            EventCatalog.PARTNER_REGISTERED, new PartnerRegistered(BIT, 0, "UNIVERSITY", "北京理工大学",
                    "Beijing Institute of Technology", "10007", "110000", "ACTIVE"),
            EventCatalog.PARTNER_UPDATED, new PartnerUpdated(BIT, 1, "UNIVERSITY", "北京理工大学",
                    "Beijing Institute of Technology", "10007", "110108", "ACTIVE"),
            EventCatalog.PARTNER_DEACTIVATED, new PartnerDeactivated(BIT, 2),
            EventCatalog.PROGRAM_OFFERED, new ProgramOffered(AI_PROGRAM, BIT, 0, "080717T", "人工智能",
                    "Artificial Intelligence", "ENGINEERING", 4, "Gu'an campus", List.of("PHYSICS"), "OFFERED"),
            EventCatalog.PROGRAM_UPDATED, new ProgramUpdated(AI_PROGRAM, BIT, 1, "080717T", "人工智能",
                    "Artificial Intelligence", "ENGINEERING", 4, "Gu'an campus", List.of("PHYSICS", "CHEMISTRY"),
                    "OFFERED"),
            EventCatalog.PROGRAM_WITHDRAWN, new ProgramWithdrawn(AI_PROGRAM, BIT, 2),
            EventCatalog.CANDIDATE_REGISTERED, new CandidateRegistered(CANDIDATE, 0, "130000", 2026,
                    IdentityHashes.examNumber(KEY, "26130102150001"),
                    IdentityHashes.idNumber(KEY, "13010220080101123x")));

    private EventExamples() {
    }
}
