package org.jjjpark.agreement;

import org.jjjpark.http.problem.ApiException;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The agreement state machine: {@code DRAFT → SIGNED → ACTIVE → EXPIRED | TERMINATED}. Plain Java, so every
 * transition is unit-tested without a database; the service applies what this class allows.
 *
 * <p>One edge beyond the main line: a signed agreement whose period ended before it could take effect (signed
 * after its end date) expires without ever being active, so it never authorises seats.
 */
public final class AgreementLifecycle {

    private static final Map<AgreementStatus, Map<LifecycleEvent, AgreementStatus>> TRANSITIONS =
            new EnumMap<>(AgreementStatus.class);

    static {
        allow(AgreementStatus.DRAFT, LifecycleEvent.SIGNATURE, AgreementStatus.DRAFT);
        allow(AgreementStatus.DRAFT, LifecycleEvent.LAST_SIGNATURE, AgreementStatus.SIGNED);
        allow(AgreementStatus.SIGNED, LifecycleEvent.EFFECTIVE_DATE_REACHED, AgreementStatus.ACTIVE);
        allow(AgreementStatus.SIGNED, LifecycleEvent.END_DATE_PASSED, AgreementStatus.EXPIRED);
        allow(AgreementStatus.SIGNED, LifecycleEvent.TERMINATION, AgreementStatus.TERMINATED);
        allow(AgreementStatus.ACTIVE, LifecycleEvent.AMENDMENT, AgreementStatus.ACTIVE);
        allow(AgreementStatus.ACTIVE, LifecycleEvent.END_DATE_PASSED, AgreementStatus.EXPIRED);
        allow(AgreementStatus.ACTIVE, LifecycleEvent.TERMINATION, AgreementStatus.TERMINATED);
    }

    private AgreementLifecycle() {
    }

    /**
     * The status after {@code event}.
     *
     * @throws ApiException {@code 409 ILLEGAL_TRANSITION} when {@code event} is not allowed in {@code current}
     */
    public static AgreementStatus next(AgreementStatus current, LifecycleEvent event) {
        AgreementStatus next = TRANSITIONS.getOrDefault(current, Map.of()).get(event);
        if (next == null) {
            throw ApiException.conflict(AgreementProblems.ILLEGAL_TRANSITION,
                    "a " + current + " agreement cannot " + event.phrase() + allowedIn(event));
        }
        return next;
    }

    public static boolean allows(AgreementStatus current, LifecycleEvent event) {
        return TRANSITIONS.getOrDefault(current, Map.of()).containsKey(event);
    }

    /**
     * The date-driven event due on {@code today}, if any. The period is inclusive: an agreement is in effect
     * from {@code effectiveFrom} through {@code effectiveTo} and expires the day after.
     */
    public static Optional<LifecycleEvent> dueOn(AgreementStatus current, LocalDate effectiveFrom,
                                                 LocalDate effectiveTo, LocalDate today) {
        if (current != AgreementStatus.SIGNED && current != AgreementStatus.ACTIVE) {
            return Optional.empty();
        }
        if (today.isAfter(effectiveTo)) {
            return Optional.of(LifecycleEvent.END_DATE_PASSED);
        }
        if (current == AgreementStatus.SIGNED && !today.isBefore(effectiveFrom)) {
            return Optional.of(LifecycleEvent.EFFECTIVE_DATE_REACHED);
        }
        return Optional.empty();
    }

    /** "; it must be SIGNED or ACTIVE": tells the client which status would have worked. */
    private static String allowedIn(LifecycleEvent event) {
        return "; it must be " + String.join(" or ", TRANSITIONS.entrySet().stream()
                .filter(e -> e.getValue().containsKey(event)).map(e -> e.getKey().name()).toList());
    }

    private static void allow(AgreementStatus from, LifecycleEvent event, AgreementStatus to) {
        TRANSITIONS.computeIfAbsent(from, s -> new EnumMap<>(LifecycleEvent.class)).put(event, to);
    }
}
