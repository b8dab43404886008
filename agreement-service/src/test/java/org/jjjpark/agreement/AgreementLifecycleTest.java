package org.jjjpark.agreement;

import org.jjjpark.http.problem.ApiException;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jjjpark.agreement.AgreementStatus.ACTIVE;
import static org.jjjpark.agreement.AgreementStatus.DRAFT;
import static org.jjjpark.agreement.AgreementStatus.EXPIRED;
import static org.jjjpark.agreement.AgreementStatus.SIGNED;
import static org.jjjpark.agreement.AgreementStatus.TERMINATED;
import static org.jjjpark.agreement.LifecycleEvent.AMENDMENT;
import static org.jjjpark.agreement.LifecycleEvent.EFFECTIVE_DATE_REACHED;
import static org.jjjpark.agreement.LifecycleEvent.END_DATE_PASSED;
import static org.jjjpark.agreement.LifecycleEvent.LAST_SIGNATURE;
import static org.jjjpark.agreement.LifecycleEvent.SIGNATURE;
import static org.jjjpark.agreement.LifecycleEvent.TERMINATION;

/** Every pair of status and event, legal or not, and the calendar's part in the lifecycle. */
class AgreementLifecycleTest {

    /** The lifecycle of DOMAIN.md, written out independently of the class under test. */
    private static final Map<AgreementStatus, Map<LifecycleEvent, AgreementStatus>> LEGAL = Map.of(
            DRAFT, Map.of(SIGNATURE, DRAFT, LAST_SIGNATURE, SIGNED),
            SIGNED, Map.of(EFFECTIVE_DATE_REACHED, ACTIVE, END_DATE_PASSED, EXPIRED, TERMINATION, TERMINATED),
            ACTIVE, Map.of(AMENDMENT, ACTIVE, END_DATE_PASSED, EXPIRED, TERMINATION, TERMINATED),
            EXPIRED, Map.of(),
            TERMINATED, Map.of());

    private static final LocalDate FROM = LocalDate.of(2024, 2, 21);
    private static final LocalDate TO = LocalDate.of(2029, 2, 20);

    @TestFactory
    List<DynamicTest> everyLegalTransitionReachesItsStatus() {
        List<DynamicTest> tests = new ArrayList<>();
        LEGAL.forEach((from, events) -> events.forEach((event, to) -> tests.add(DynamicTest.dynamicTest(
                from + " + " + event + " -> " + to, () -> {
                    assertThat(AgreementLifecycle.allows(from, event)).isTrue();
                    assertThat(AgreementLifecycle.next(from, event)).isEqualTo(to);
                }))));
        return tests;
    }

    @TestFactory
    List<DynamicTest> everyOtherTransitionIsAConflictWithAStableCode() {
        List<DynamicTest> tests = new ArrayList<>();
        for (AgreementStatus from : AgreementStatus.values()) {
            for (LifecycleEvent event : LifecycleEvent.values()) {
                if (!LEGAL.get(from).containsKey(event)) {
                    tests.add(DynamicTest.dynamicTest(from + " + " + event + " -> 409", () -> {
                        assertThat(AgreementLifecycle.allows(from, event)).isFalse();
                        assertThatThrownBy(() -> AgreementLifecycle.next(from, event))
                                .isInstanceOfSatisfying(ApiException.class, e -> {
                                    assertThat(e.status()).isEqualTo(409);
                                    assertThat(e.code()).isEqualTo("ILLEGAL_TRANSITION");
                                    assertThat(e.getMessage()).contains(from.name(), event.phrase());
                                });
                    }));
                }
            }
        }
        assertThat(tests).hasSize(AgreementStatus.values().length * LifecycleEvent.values().length - 8);
        return tests;
    }

    @Test
    void theRefusalSaysWhichStatusWouldHaveWorked() {
        assertThatThrownBy(() -> AgreementLifecycle.next(DRAFT, TERMINATION))
                .hasMessage("a DRAFT agreement cannot be terminated; it must be SIGNED or ACTIVE");
    }

    @Test
    void aSignedAgreementTakesEffectOnItsEffectiveDateNotBefore() {
        assertThat(AgreementLifecycle.dueOn(SIGNED, FROM, TO, FROM.minusDays(1))).isEmpty();
        assertThat(AgreementLifecycle.dueOn(SIGNED, FROM, TO, FROM)).contains(EFFECTIVE_DATE_REACHED);
        assertThat(AgreementLifecycle.dueOn(SIGNED, FROM, TO, FROM.plusYears(1))).contains(EFFECTIVE_DATE_REACHED);
    }

    @Test
    void anActiveAgreementIsInEffectThroughItsEndDateAndExpiresTheDayAfter() {
        assertThat(AgreementLifecycle.dueOn(ACTIVE, FROM, TO, TO)).isEmpty();
        assertThat(AgreementLifecycle.dueOn(ACTIVE, FROM, TO, TO.plusDays(1))).contains(END_DATE_PASSED);
    }

    @Test
    void aSignedAgreementWhosePeriodEndedExpiresWithoutTakingEffect() {
        assertThat(AgreementLifecycle.dueOn(SIGNED, FROM, TO, TO.plusDays(1))).contains(END_DATE_PASSED);
    }

    @Test
    void theCalendarMovesNeitherDraftsNorFinishedAgreements() {
        for (AgreementStatus status : List.of(DRAFT, EXPIRED, TERMINATED)) {
            assertThat(AgreementLifecycle.dueOn(status, FROM, TO, FROM)).as(status.name()).isEmpty();
            assertThat(AgreementLifecycle.dueOn(status, FROM, TO, TO.plusYears(1))).as(status.name()).isEmpty();
        }
    }

    /**
     * Whatever happens, in any order, an agreement only moves forward and a finished one never moves again:
     * checked for every sequence of up to six events, which covers every path through the five statuses.
     */
    @Test
    void theLifecycleOnlyMovesForwardWhateverHappens() {
        List<List<LifecycleEvent>> sequences = new ArrayList<>(List.of(List.of()));
        for (int length = 1; length <= 6; length++) {
            List<List<LifecycleEvent>> longer = new ArrayList<>();
            for (List<LifecycleEvent> sequence : sequences) {
                if (sequence.size() == length - 1) {
                    for (LifecycleEvent event : LifecycleEvent.values()) {
                        List<LifecycleEvent> next = new ArrayList<>(sequence);
                        next.add(event);
                        longer.add(next);
                    }
                }
            }
            sequences.addAll(longer);
        }
        for (List<LifecycleEvent> sequence : sequences) {
            AgreementStatus status = DRAFT;
            for (LifecycleEvent event : sequence) {
                if (AgreementLifecycle.allows(status, event)) {
                    AgreementStatus next = AgreementLifecycle.next(status, event);
                    assertThat(next.ordinal()).as("%s", sequence).isGreaterThanOrEqualTo(status.ordinal());
                    status = next;
                }
            }
            if (status == EXPIRED || status == TERMINATED) {
                AgreementStatus finished = status;
                assertThat(LifecycleEvent.values()).as("%s", sequence)
                        .noneMatch(e -> AgreementLifecycle.allows(finished, e));
            }
        }
        assertThat(sequences).hasSize(1 + 6 + 36 + 216 + 1296 + 7776 + 46656);
    }
}
