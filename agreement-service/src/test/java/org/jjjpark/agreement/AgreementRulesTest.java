package org.jjjpark.agreement;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.Problem;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;

/** Each validation rule of an agreement, alone, with the code and field a client sees. */
class AgreementRulesTest {

    private static final LocalDate FROM = LocalDate.of(2024, 2, 21);
    private static final LocalDate TO = LocalDate.of(2029, 2, 20);

    private final UUID park = UUID.randomUUID();
    private final UUID university = UUID.randomUUID();
    private final UUID sponsor = UUID.randomUUID();
    private final UUID program = UUID.randomUUID();
    private final List<Party> parties = List.of(new Party(park, PartyRole.PARK), new Party(university, PartyRole.UNIVERSITY));

    @Test
    void aCoConstructionWithSeatsForThreeProvincesIsConsistent() {
        assertDoesNotThrow(() -> AgreementRules.requireConsistent(AgreementType.CO_CONSTRUCTION, parties, FROM, TO,
                List.of(seats(2024, "110000", PlanType.GENERAL, 30), seats(2024, "120000", PlanType.GENERAL, 20),
                        seats(2024, "130000", PlanType.GENERAL, 40))));
    }

    @Test
    void anEndBeforeTheStartIsAnInvalidPeriod() {
        assertRefused(() -> AgreementRules.requireConsistent(AgreementType.TALENT_ALLIANCE, parties, FROM,
                FROM.minusDays(1), List.of()), 400, "INVALID_PERIOD", "effectiveTo");
    }

    @Test
    void aOneDayAgreementIsAValidPeriod() {
        assertDoesNotThrow(() -> AgreementRules.requireConsistent(AgreementType.TALENT_ALLIANCE, parties, FROM, FROM,
                List.of()));
    }

    @Test
    void aPartnerIsAPartyOnlyOnce() {
        List<Party> twice = List.of(new Party(park, PartyRole.PARK), new Party(park, PartyRole.BASE_HOST));

        assertRefused(() -> AgreementRules.requireConsistent(AgreementType.INTERNSHIP_EMPLOYMENT_BASE, twice, FROM, TO,
                List.of()), 400, "DUPLICATE_PARTY", "parties[1].partnerId");
    }

    @Test
    void anOrderClassNamesExactlyOneSponsor() {
        List<SeatAllocation> seats = List.of(seats(2024, "130000", PlanType.ORDER_CLASS, 40));
        List<Party> twoSponsors = List.of(new Party(park, PartyRole.PARK), new Party(sponsor, PartyRole.SPONSOR),
                new Party(university, PartyRole.SPONSOR));

        assertRefused(() -> AgreementRules.requireConsistent(AgreementType.ORDER_CLASS, parties, FROM, TO, seats),
                400, "SPONSOR_REQUIRED", "parties");
        assertRefused(() -> AgreementRules.requireConsistent(AgreementType.ORDER_CLASS, twoSponsors, FROM, TO, seats),
                400, "SPONSOR_REQUIRED", "parties");
        assertDoesNotThrow(() -> AgreementRules.requireConsistent(AgreementType.ORDER_CLASS,
                List.of(new Party(park, PartyRole.PARK), new Party(sponsor, PartyRole.SPONSOR)), FROM, TO, seats));
    }

    @Test
    void seatCreatingTypesNeedSeatsAndOthersTakeNone() {
        assertRefused(() -> AgreementRules.requireConsistent(AgreementType.CO_CONSTRUCTION, parties, FROM, TO,
                List.of()), 400, "SEATS_REQUIRED", "allocations");
        for (AgreementType type : List.of(AgreementType.INTERNSHIP_EMPLOYMENT_BASE, AgreementType.TALENT_ALLIANCE,
                AgreementType.SCHOOL_LOCAL_COOPERATION)) {
            assertRefused(() -> AgreementRules.requireConsistent(type, parties, FROM, TO,
                    List.of(seats(2024, "130000", PlanType.GENERAL, 10))), 400, "SEATS_NOT_ALLOWED", "allocations");
        }
    }

    @Test
    void theSamePlanLineTwiceIsADuplicateAllocationEvenWithOtherSeats() {
        List<SeatAllocation> seats = List.of(seats(2024, "130000", PlanType.GENERAL, 10),
                seats(2025, "130000", PlanType.GENERAL, 10), seats(2024, "130000", PlanType.GENERAL, 25));

        assertRefused(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO, seats),
                400, "DUPLICATE_ALLOCATION", "allocations[2]");
    }

    @Test
    void linesDifferingInAnyKeyPartAreDistinct() {
        assertDoesNotThrow(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO,
                List.of(seats(2024, "130000", PlanType.GENERAL, 10), seats(2024, "130000", PlanType.DIRECTED, 10),
                        new SeatAllocation(program, 2024, "130000", "130000", PlanType.GENERAL, 10),
                        new SeatAllocation(UUID.randomUUID(), 2024, "110000", "130000", PlanType.GENERAL, 10))));
    }

    @Test
    void intakeYearsLieWithinThePeriod() {
        assertRefused(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO,
                        List.of(seats(2023, "130000", PlanType.GENERAL, 10))),
                400, "INTAKE_YEAR_OUTSIDE_PERIOD", "allocations[0].intakeYear");
        assertRefused(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO,
                        List.of(seats(2030, "130000", PlanType.GENERAL, 10))),
                400, "INTAKE_YEAR_OUTSIDE_PERIOD", "allocations[0].intakeYear");
        assertDoesNotThrow(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO,
                List.of(seats(2024, "130000", PlanType.GENERAL, 10), seats(2029, "130000", PlanType.GENERAL, 10))));
    }

    @Test
    void orderClassSeatsBelongToOrderClassesAndOrderClassesHaveNoOther() {
        assertRefused(() -> AgreementRules.requireConsistentAllocations(AgreementType.CO_CONSTRUCTION, FROM, TO,
                        List.of(seats(2024, "130000", PlanType.ORDER_CLASS, 10))),
                400, "PLAN_TYPE_MISMATCH", "allocations[0].planType");
        assertRefused(() -> AgreementRules.requireConsistentAllocations(AgreementType.ORDER_CLASS, FROM, TO,
                        List.of(seats(2024, "130000", PlanType.GENERAL, 10))),
                400, "PLAN_TYPE_MISMATCH", "allocations[0].planType");
    }

    @Test
    void aPartyUnknownToTheReplicaMayNotHaveArrivedYet() {
        ApiException refusal = assertRefused(() -> AgreementRules.requireActiveParties(parties,
                Map.of(park, partner(park, "ACTIVE"))), 422, "PARTY_UNKNOWN", "parties[1].partnerId");

        assertThat(refusal.getMessage()).contains(university.toString(), "may not have arrived yet", "retry");
    }

    @Test
    void aDeactivatedPartnerJoinsNoNewAgreement() {
        assertRefused(() -> AgreementRules.requireActiveParties(parties,
                        Map.of(park, partner(park, "ACTIVE"), university, partner(university, "INACTIVE"))),
                422, "PARTY_INACTIVE", "parties[1].partnerId");
    }

    @Test
    void activePartiesKnownToTheReplicaAreAccepted() {
        assertDoesNotThrow(() -> AgreementRules.requireActiveParties(parties,
                Map.of(park, partner(park, "ACTIVE"), university, partner(university, "ACTIVE"))));
    }

    @Test
    void aProgramUnknownToTheReplicaMayNotHaveArrivedYet() {
        ApiException refusal = assertRefused(() -> AgreementRules.requireAllocatablePrograms(
                        List.of(seats(2024, "130000", PlanType.GENERAL, 10)), Set.of(park, university), Map.of(), Map.of()),
                422, "PROGRAM_UNKNOWN", "allocations[0].programId");

        assertThat(refusal.getMessage()).contains("may not have arrived yet");
    }

    @Test
    void aProgramMustBeOfferedByAPartyOfTheAgreement() {
        ReplicatedProgram elsewhere = program(UUID.randomUUID(), "OFFERED");

        assertRefused(() -> AgreementRules.requireAllocatablePrograms(
                        List.of(seats(2024, "130000", PlanType.GENERAL, 10)), Set.of(park, university),
                        Map.of(program, elsewhere), Map.of()),
                422, "PROGRAM_NOT_OFFERED_BY_A_PARTY", "allocations[0].programId");
    }

    @Test
    void aWithdrawnProgramReceivesNoNewSeats() {
        SeatAllocation ten = seats(2024, "130000", PlanType.GENERAL, 10);
        Map<UUID, ReplicatedProgram> withdrawn = Map.of(program, program(university, "WITHDRAWN"));

        assertRefused(() -> AgreementRules.requireAllocatablePrograms(List.of(ten), Set.of(park, university),
                withdrawn, Map.of()), 422, "PROGRAM_WITHDRAWN", "allocations[0].programId");
        assertRefused(() -> AgreementRules.requireAllocatablePrograms(List.of(ten), Set.of(park, university),
                withdrawn, Map.of(ten.key(), 9)), 422, "PROGRAM_WITHDRAWN", "allocations[0].programId");
    }

    @Test
    void aWithdrawnProgramMayKeepOrLoseTheSeatsItHad() {
        SeatAllocation ten = seats(2024, "130000", PlanType.GENERAL, 10);
        Map<UUID, ReplicatedProgram> withdrawn = Map.of(program, program(university, "WITHDRAWN"));

        assertDoesNotThrow(() -> AgreementRules.requireAllocatablePrograms(List.of(ten), Set.of(park, university),
                withdrawn, Map.of(ten.key(), 10)));
        assertDoesNotThrow(() -> AgreementRules.requireAllocatablePrograms(List.of(ten), Set.of(park, university),
                withdrawn, Map.of(ten.key(), 40)));
    }

    private SeatAllocation seats(int year, String sourceProvince, PlanType planType, int seats) {
        return new SeatAllocation(program, year, "110000", sourceProvince, planType, seats);
    }

    private static ReplicatedPartner partner(UUID id, String status) {
        ReplicatedPartner partner = new ReplicatedPartner();
        partner.partnerId = id;
        partner.status = status;
        return partner;
    }

    private static ReplicatedProgram program(UUID institution, String status) {
        ReplicatedProgram program = new ReplicatedProgram();
        program.partnerId = institution;
        program.status = status;
        return program;
    }

    private static ApiException assertRefused(ThrowingCallable rule, int status, String code, String field) {
        ApiException refusal = catchThrowableOfType(ApiException.class, rule);
        assertThat(refusal).as("refused with " + code).isNotNull();
        assertThat(refusal.status()).isEqualTo(status);
        assertThat(refusal.code()).isEqualTo(code);
        assertThat(refusal.errors()).extracting(Problem.FieldError::field).containsExactly(field);
        return refusal;
    }
}
