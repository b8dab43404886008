package org.jjjpark.events;

import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementDrafted;
import org.jjjpark.events.agreement.AgreementExpired;
import org.jjjpark.events.agreement.AgreementParty;
import org.jjjpark.events.agreement.AgreementSigned;
import org.jjjpark.events.agreement.AgreementTerminated;
import org.jjjpark.events.agreement.SeatAllocation;
import org.jjjpark.events.enrollment.AdmissionRoundCompleted;
import org.jjjpark.events.enrollment.ApplicantAdmitted;
import org.jjjpark.events.enrollment.ApplicantRejected;
import org.jjjpark.events.enrollment.ApplicationChoice;
import org.jjjpark.events.enrollment.ApplicationDeleted;
import org.jjjpark.events.enrollment.ApplicationSubmitted;
import org.jjjpark.events.enrollment.ApplicationUpdated;
import org.jjjpark.events.enrollment.ApplicationWithdrawn;
import org.jjjpark.events.enrollment.CandidateRegistered;
import org.jjjpark.events.partner.PartnerDeactivated;
import org.jjjpark.events.partner.PartnerRegistered;
import org.jjjpark.events.partner.PartnerUpdated;
import org.jjjpark.events.partner.ProgramOffered;
import org.jjjpark.events.partner.ProgramUpdated;
import org.jjjpark.events.partner.ProgramWithdrawn;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** One realistic payload per event type, as a producer would build it. */
final class EventExamples {

    static final UUID BIT = UUID.fromString("5b0c8f0e-1f1e-4c39-9d7c-2d1f3e7a9a01");
    static final UUID CANDIDATE = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    static final byte[] KEY = "example-lookup-key".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    static final UUID AI_PROGRAM = UUID.fromString("0d4d2f8a-7c55-4a55-8f9e-8b4a2c1d3e02");
    static final UUID PARK = UUID.fromString("3c1f6a2e-8d4b-4f0a-9e7c-5b2d1a0f9e03");
    static final UUID AGREEMENT = UUID.fromString("7e2a9c4d-1b3f-4e5a-8c6d-9f0e1a2b3c04");
    static final List<AgreementParty> PARTIES = List.of(new AgreementParty(PARK, "PARK"),
            new AgreementParty(BIT, "UNIVERSITY"));
    static final List<SeatAllocation> SEATS = List.of(
            new SeatAllocation(AI_PROGRAM, 2024, "110000", "110000", "GENERAL", 30),
            new SeatAllocation(AI_PROGRAM, 2024, "110000", "130000", "GENERAL", 40));
    static final UUID APPLICATION = UUID.fromString("2f6e8a1c-4b3d-4e2f-9a1b-6c5d4e3f2a05");
    static final UUID AI_LINE = UUID.fromString("8b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d06");
    static final UUID IOT_LINE = UUID.fromString("4a5b6c7d-8e9f-4a0b-9c1d-2e3f4a5b6c07");
    static final UUID ROUND = UUID.fromString("6d7e8f90-a1b2-4c3d-8e4f-5a6b7c8d9e08");
    static final OffsetDateTime CEREMONY = OffsetDateTime.parse("2024-02-21T10:00:00+08:00");

    static final Map<EventType<?>, Object> BY_TYPE = Map.ofEntries(
            Map.entry(EventCatalog.PARTNER_REGISTERED, new PartnerRegistered(BIT, 0, "UNIVERSITY", "北京理工大学",
                    "Beijing Institute of Technology", "10007", "110000", "ACTIVE")),
            Map.entry(EventCatalog.PARTNER_UPDATED, new PartnerUpdated(BIT, 1, "UNIVERSITY", "北京理工大学",
                    "Beijing Institute of Technology", "10007", "110108", "ACTIVE")),
            Map.entry(EventCatalog.PARTNER_DEACTIVATED, new PartnerDeactivated(BIT, 2)),
            Map.entry(EventCatalog.PROGRAM_OFFERED, new ProgramOffered(AI_PROGRAM, BIT, 0, "080717T", "人工智能",
                    "Artificial Intelligence", "ENGINEERING", 4, "Gu'an campus", List.of("PHYSICS"), "OFFERED")),
            Map.entry(EventCatalog.PROGRAM_UPDATED, new ProgramUpdated(AI_PROGRAM, BIT, 1, "080717T", "人工智能",
                    "Artificial Intelligence", "ENGINEERING", 4, "Gu'an campus", List.of("PHYSICS", "CHEMISTRY"),
                    "OFFERED")),
            Map.entry(EventCatalog.PROGRAM_WITHDRAWN, new ProgramWithdrawn(AI_PROGRAM, BIT, 2)),
            Map.entry(EventCatalog.AGREEMENT_DRAFTED, new AgreementDrafted(AGREEMENT, 0, "JJJP-2024-CC-001",
                    "CO_CONSTRUCTION", "Co-construction of the park: Beijing Institute of Technology", PARTIES,
                    LocalDate.of(2024, 2, 21), LocalDate.of(2034, 2, 20),
                    "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                    "https://documents.jjjpark.example/agreements/JJJP-2024-CC-001.pdf")),
            Map.entry(EventCatalog.AGREEMENT_SIGNED, new AgreementSigned(AGREEMENT, 2, BIT, "UNIVERSITY", CEREMONY,
                    "SIGNED")),
            Map.entry(EventCatalog.AGREEMENT_ACTIVATED, new AgreementActivated(AGREEMENT, 3, "CO_CONSTRUCTION",
                    PARTIES, LocalDate.of(2024, 2, 21), LocalDate.of(2034, 2, 20), 1, SEATS)),
            Map.entry(EventCatalog.AGREEMENT_AMENDED, new AgreementAmended(AGREEMENT, 4, 2, List.of(
                    new SeatAllocation(AI_PROGRAM, 2025, "110000", "130000", "GENERAL", 60)))),
            Map.entry(EventCatalog.AGREEMENT_TERMINATED, new AgreementTerminated(AGREEMENT, 5,
                    OffsetDateTime.parse("2026-07-01T09:30:00+08:00"))),
            Map.entry(EventCatalog.AGREEMENT_EXPIRED, new AgreementExpired(AGREEMENT, 5, LocalDate.of(2034, 2, 20))),
            Map.entry(EventCatalog.CANDIDATE_REGISTERED, new CandidateRegistered(CANDIDATE, 0, "130000", 2026,
                    IdentityHashes.examNumber(KEY, "26130102150001"),
                    IdentityHashes.idNumber(KEY, "13010220080101123x"))),
            Map.entry(EventCatalog.APPLICATION_SUBMITTED, new ApplicationSubmitted(APPLICATION, CANDIDATE, 0, 2026,
                    "130000", "UNDERGRADUATE", List.of(new ApplicationChoice(List.of(AI_LINE), true)), "SUBMITTED")),
            Map.entry(EventCatalog.APPLICATION_UPDATED, new ApplicationUpdated(APPLICATION, CANDIDATE, 1, 2026,
                    "130000", "UNDERGRADUATE", List.of(new ApplicationChoice(List.of(IOT_LINE), false),
                    new ApplicationChoice(List.of(AI_LINE), true)), "SUBMITTED")),
            Map.entry(EventCatalog.APPLICATION_WITHDRAWN, new ApplicationWithdrawn(APPLICATION, CANDIDATE, 2, 2026,
                    "130000", "UNDERGRADUATE")),
            Map.entry(EventCatalog.APPLICATION_DELETED, new ApplicationDeleted(APPLICATION, CANDIDATE, 3, 2026,
                    "130000", "UNDERGRADUATE", OffsetDateTime.parse("2027-01-15T09:00:00+08:00"))),
            Map.entry(EventCatalog.APPLICANT_ADMITTED, new ApplicantAdmitted(ROUND, APPLICATION, CANDIDATE, 2, 2026,
                    "130000", "UNDERGRADUATE", BIT.toString(), AI_LINE, false)),
            Map.entry(EventCatalog.APPLICANT_REJECTED, new ApplicantRejected(ROUND, APPLICATION, CANDIDATE, 2, 2026,
                    "130000", "UNDERGRADUATE", BIT.toString(), "NOT_ADJUSTABLE")),
            Map.entry(EventCatalog.ADMISSION_ROUND_COMPLETED, new AdmissionRoundCompleted(ROUND, 2026, "130000",
                    "UNDERGRADUATE", "jjj-admission-1",
                    "95e634b2aa40e9046fbb3b6681b530eeaaeaabbc6fd06c1c1fad1c1bcc73ba85",
                    "13815e55ae7ed883cfe9b617f9cbb4e38157a77072389592b4a29c4df48caeb7", 812, 640, 97, 75)));

    private EventExamples() {
    }
}
