package org.jjjpark.agreement;

import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.Problem;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What makes an agreement valid, as plain functions: the service looks up the replica and calls these, unit
 * tests call them directly. Each rule fails with its own stable code and names the offending field.
 */
public final class AgreementRules {

    private AgreementRules() {
    }

    /** Rules a new agreement satisfies on its own, before anything is looked up. */
    public static void requireConsistent(AgreementType type, List<Party> parties, LocalDate effectiveFrom,
                                         LocalDate effectiveTo, List<SeatAllocation> allocations) {
        if (effectiveTo.isBefore(effectiveFrom)) {
            throw ApiException.invalidField(AgreementProblems.INVALID_PERIOD, "effectiveTo",
                    "must not be before effectiveFrom (" + effectiveFrom + ")");
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < parties.size(); i++) {
            if (!seen.add(parties.get(i).partnerId())) {
                throw ApiException.invalidField(AgreementProblems.DUPLICATE_PARTY, "parties[" + i + "].partnerId",
                        "lists partner " + parties.get(i).partnerId() + " a second time; a partner is a party once");
            }
        }
        if (type == AgreementType.ORDER_CLASS
                && parties.stream().filter(p -> p.role() == PartyRole.SPONSOR).count() != 1) {
            throw ApiException.invalidField(AgreementProblems.SPONSOR_REQUIRED, "parties",
                    "an order class names exactly one party with role SPONSOR, the enterprise that sponsors it");
        }
        if (type.createsSeats() && allocations.isEmpty()) {
            throw ApiException.invalidField(AgreementProblems.SEATS_REQUIRED, "allocations",
                    "a " + type + " agreement allocates at least one seat");
        }
        if (!type.createsSeats() && !allocations.isEmpty()) {
            throw ApiException.invalidField(AgreementProblems.SEATS_NOT_ALLOWED, "allocations",
                    "a " + type + " agreement allocates no seats; only CO_CONSTRUCTION and ORDER_CLASS do");
        }
        requireConsistentAllocations(type, effectiveFrom, effectiveTo, allocations);
    }

    /**
     * Rules every version of an agreement's allocations satisfies: each plan line once, intake years inside the
     * agreement's period, and order-class seats in order-class agreements only (and only those there).
     */
    public static void requireConsistentAllocations(AgreementType type, LocalDate effectiveFrom, LocalDate effectiveTo,
                                                    List<SeatAllocation> allocations) {
        Set<SeatAllocation.Key> seen = new HashSet<>();
        for (int i = 0; i < allocations.size(); i++) {
            SeatAllocation allocation = allocations.get(i);
            String field = "allocations[" + i + "]";
            if (!seen.add(allocation.key())) {
                throw ApiException.invalidField(AgreementProblems.DUPLICATE_ALLOCATION, field,
                        "repeats " + allocation.key() + "; give each plan line once, with its total seats");
            }
            if (allocation.intakeYear() < effectiveFrom.getYear() || allocation.intakeYear() > effectiveTo.getYear()) {
                throw ApiException.invalidField(AgreementProblems.INTAKE_YEAR_OUTSIDE_PERIOD, field + ".intakeYear",
                        "must lie within the agreement's period, " + effectiveFrom + " to " + effectiveTo);
            }
            boolean orderClassSeat = allocation.planType() == PlanType.ORDER_CLASS;
            if (orderClassSeat != (type == AgreementType.ORDER_CLASS)) {
                throw ApiException.invalidField(AgreementProblems.PLAN_TYPE_MISMATCH, field + ".planType",
                        type == AgreementType.ORDER_CLASS ? "must be ORDER_CLASS in an order-class agreement"
                                : "ORDER_CLASS seats belong to order-class agreements only");
            }
        }
    }

    /**
     * Every party is known to the replica and active: a deactivated partner joins no new agreement.
     *
     * @param known the replica's partners by id; absent ids are unknown
     */
    public static void requireActiveParties(List<Party> parties, Map<UUID, ReplicatedPartner> known) {
        for (int i = 0; i < parties.size(); i++) {
            UUID id = parties.get(i).partnerId();
            ReplicatedPartner partner = known.get(id);
            String field = "parties[" + i + "].partnerId";
            if (partner == null) {
                throw unprocessable(AgreementProblems.PARTY_UNKNOWN, field, "partner " + id + " is not known to "
                        + "agreement-service. Partners arrive here as events from partner-service, so one registered "
                        + "moments ago may not have arrived yet: retry in a few seconds");
            }
            if (!partner.isActive()) {
                throw unprocessable(AgreementProblems.PARTY_INACTIVE, field,
                        "partner " + id + " is deactivated and cannot join a new agreement");
            }
        }
    }

    /**
     * Allocations name programs offered by a party of the agreement. A withdrawn program receives no new seats:
     * an amendment may keep or lower the seats it already had, never raise them or add new lines for it.
     *
     * @param partyIds     the agreement's parties
     * @param known        the replica's programs by id; absent ids are unknown
     * @param currentSeats seats per plan line in the version in force; empty for a new agreement
     */
    public static void requireAllocatablePrograms(List<SeatAllocation> allocations, Set<UUID> partyIds,
                                                  Map<UUID, ReplicatedProgram> known,
                                                  Map<SeatAllocation.Key, Integer> currentSeats) {
        for (int i = 0; i < allocations.size(); i++) {
            SeatAllocation allocation = allocations.get(i);
            String field = "allocations[" + i + "].programId";
            ReplicatedProgram program = known.get(allocation.programId());
            if (program == null) {
                throw unprocessable(AgreementProblems.PROGRAM_UNKNOWN, field, "program " + allocation.programId()
                        + " is not known to agreement-service. Programs arrive here as events from partner-service, "
                        + "so one offered moments ago may not have arrived yet: retry in a few seconds");
            }
            if (!partyIds.contains(program.partnerId)) {
                throw unprocessable(AgreementProblems.PROGRAM_NOT_OFFERED_BY_A_PARTY, field, "program "
                        + allocation.programId() + " is offered by partner " + program.partnerId
                        + ", which is not a party to this agreement");
            }
            if (!program.isOffered() && allocation.seats() > currentSeats.getOrDefault(allocation.key(), 0)) {
                throw unprocessable(AgreementProblems.PROGRAM_WITHDRAWN, field, "program " + allocation.programId()
                        + " is withdrawn and receives no new seats");
            }
        }
    }

    private static ApiException unprocessable(String code, String field, String message) {
        return new ApiException(422, code, "Request cannot be processed", field + ": " + message,
                List.of(new Problem.FieldError(field, message)));
    }
}
