package org.jjjpark.events;

import org.jjjpark.events.agreement.AgreementActivated;
import org.jjjpark.events.agreement.AgreementAmended;
import org.jjjpark.events.agreement.AgreementDrafted;
import org.jjjpark.events.agreement.AgreementExpired;
import org.jjjpark.events.agreement.AgreementSigned;
import org.jjjpark.events.agreement.AgreementTerminated;
import org.jjjpark.events.enrollment.AdmissionRoundCompleted;
import org.jjjpark.events.enrollment.ApplicantAdmitted;
import org.jjjpark.events.enrollment.ApplicantRejected;
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

    private static final String AGREEMENT = "enrollment.agreement.";

    public static final EventType<AgreementDrafted> AGREEMENT_DRAFTED =
            new EventType<>(AGREEMENT + "AgreementDrafted.v1", AgreementDrafted.class, Topics.AGREEMENT_EVENTS);
    public static final EventType<AgreementSigned> AGREEMENT_SIGNED =
            new EventType<>(AGREEMENT + "AgreementSigned.v1", AgreementSigned.class, Topics.AGREEMENT_EVENTS);
    public static final EventType<AgreementActivated> AGREEMENT_ACTIVATED =
            new EventType<>(AGREEMENT + "AgreementActivated.v1", AgreementActivated.class, Topics.AGREEMENT_EVENTS);
    public static final EventType<AgreementAmended> AGREEMENT_AMENDED =
            new EventType<>(AGREEMENT + "AgreementAmended.v1", AgreementAmended.class, Topics.AGREEMENT_EVENTS);
    public static final EventType<AgreementTerminated> AGREEMENT_TERMINATED =
            new EventType<>(AGREEMENT + "AgreementTerminated.v1", AgreementTerminated.class, Topics.AGREEMENT_EVENTS);
    public static final EventType<AgreementExpired> AGREEMENT_EXPIRED =
            new EventType<>(AGREEMENT + "AgreementExpired.v1", AgreementExpired.class, Topics.AGREEMENT_EVENTS);

    private static final String ENROLLMENT = "enrollment.enrollment.";

    public static final EventType<CandidateRegistered> CANDIDATE_REGISTERED =
            new EventType<>(ENROLLMENT + "CandidateRegistered.v1", CandidateRegistered.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicationSubmitted> APPLICATION_SUBMITTED =
            new EventType<>(ENROLLMENT + "ApplicationSubmitted.v1", ApplicationSubmitted.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicationUpdated> APPLICATION_UPDATED =
            new EventType<>(ENROLLMENT + "ApplicationUpdated.v1", ApplicationUpdated.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicationWithdrawn> APPLICATION_WITHDRAWN =
            new EventType<>(ENROLLMENT + "ApplicationWithdrawn.v1", ApplicationWithdrawn.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicationDeleted> APPLICATION_DELETED =
            new EventType<>(ENROLLMENT + "ApplicationDeleted.v1", ApplicationDeleted.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicantAdmitted> APPLICANT_ADMITTED =
            new EventType<>(ENROLLMENT + "ApplicantAdmitted.v1", ApplicantAdmitted.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<ApplicantRejected> APPLICANT_REJECTED =
            new EventType<>(ENROLLMENT + "ApplicantRejected.v1", ApplicantRejected.class, Topics.ENROLLMENT_EVENTS);
    public static final EventType<AdmissionRoundCompleted> ADMISSION_ROUND_COMPLETED =
            new EventType<>(ENROLLMENT + "AdmissionRoundCompleted.v1", AdmissionRoundCompleted.class,
                    Topics.ENROLLMENT_EVENTS);

    public static final List<EventType<?>> ALL = List.of(
            PARTNER_REGISTERED, PARTNER_UPDATED, PARTNER_DEACTIVATED,
            PROGRAM_OFFERED, PROGRAM_UPDATED, PROGRAM_WITHDRAWN,
            AGREEMENT_DRAFTED, AGREEMENT_SIGNED, AGREEMENT_ACTIVATED, AGREEMENT_AMENDED,
            AGREEMENT_TERMINATED, AGREEMENT_EXPIRED,
            CANDIDATE_REGISTERED, APPLICATION_SUBMITTED, APPLICATION_UPDATED, APPLICATION_WITHDRAWN,
            APPLICATION_DELETED, APPLICANT_ADMITTED, APPLICANT_REJECTED, ADMISSION_ROUND_COMPLETED);

    private static final Map<String, EventType<?>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventType::name, Function.identity()));

    private EventCatalog() {
    }

    public static Optional<EventType<?>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }
}
