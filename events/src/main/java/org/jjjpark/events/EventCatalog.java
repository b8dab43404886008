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
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Every event type the platform publishes. A consumer treats a type missing here as poison. */
public final class EventCatalog {

    private static final String PARTNER = "enrollment.partner.";

    public static final EventType<PartnerRegistered> PARTNER_REGISTERED =
            new EventType<>(PARTNER + "PartnerRegistered.v1", PartnerRegistered.class, Topics.PARTNER_EVENTS);
    public static final EventType<PartnerUpdated> PARTNER_UPDATED =
            new EventType<>(PARTNER + "PartnerUpdated.v1", PartnerUpdated.class, Topics.PARTNER_EVENTS);
    public static final EventType<PartnerDeactivated> PARTNER_DEACTIVATED =
            new EventType<>(PARTNER + "PartnerDeactivated.v1", PartnerDeactivated.class, Topics.PARTNER_EVENTS);
    public static final EventType<ProgramOffered> PROGRAM_OFFERED =
            new EventType<>(PARTNER + "ProgramOffered.v1", ProgramOffered.class, Topics.PARTNER_EVENTS);
    public static final EventType<ProgramUpdated> PROGRAM_UPDATED =
            new EventType<>(PARTNER + "ProgramUpdated.v1", ProgramUpdated.class, Topics.PARTNER_EVENTS);
    public static final EventType<ProgramWithdrawn> PROGRAM_WITHDRAWN =
            new EventType<>(PARTNER + "ProgramWithdrawn.v1", ProgramWithdrawn.class, Topics.PARTNER_EVENTS);

    private static final String ENROLLMENT = "enrollment.enrollment.";

    public static final EventType<CandidateRegistered> CANDIDATE_REGISTERED =
            new EventType<>(ENROLLMENT + "CandidateRegistered.v1", CandidateRegistered.class, Topics.ENROLLMENT_EVENTS);

    public static final List<EventType<?>> ALL = List.of(
            PARTNER_REGISTERED, PARTNER_UPDATED, PARTNER_DEACTIVATED,
            PROGRAM_OFFERED, PROGRAM_UPDATED, PROGRAM_WITHDRAWN,
            CANDIDATE_REGISTERED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
