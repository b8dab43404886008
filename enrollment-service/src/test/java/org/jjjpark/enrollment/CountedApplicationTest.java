package org.jjjpark.enrollment;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class CountedApplicationTest {

    static final AdmissionScope SCOPE = new AdmissionScope(2026, "130000", Batch.UNDERGRADUATE);
    static final LocalDate DAY = LocalDate.of(2026, 6, 25);
    final UUID a = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    final UUID b = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    final UUID c = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @Test
    void aNewApplicationCountsOnceForEveryLineItListsAndAsFirstChoiceForTheFirstMajorOfItsFirstChoice() {
        CountedApplication application = submitted(List.of(choice(b, c), choice(a)));

        assertThat(application.additions()).containsExactly(
                change(a, ApplicationStatus.SUBMITTED, 1, 0),
                change(b, ApplicationStatus.SUBMITTED, 1, 1),
                change(c, ApplicationStatus.SUBMITTED, 1, 0));
    }

    @Test
    void aNewFirstChoiceMovesTheFirstChoiceCountAndLeavesKeptLinesAlone() {
        CountedApplication before = submitted(List.of(choice(a), choice(b)));
        CountedApplication after = submitted(List.of(choice(b), choice(c)));

        assertThat(before.changesTo(after)).containsExactly(
                change(a, ApplicationStatus.SUBMITTED, -1, -1),
                change(b, ApplicationStatus.SUBMITTED, 0, 1),
                change(c, ApplicationStatus.SUBMITTED, 1, 0));
    }

    @Test
    void anUnchangedListChangesNoCounter() {
        CountedApplication application = submitted(List.of(choice(a, b)));

        assertThat(application.changesTo(submitted(List.of(choice(a, b))))).isEmpty();
    }

    @Test
    void aWithdrawalMovesEveryLineFromSubmittedToWithdrawnOnTheSubmissionDay() {
        CountedApplication before = submitted(List.of(choice(a), choice(b)));
        CountedApplication after = new CountedApplication(SCOPE, DAY, ApplicationStatus.WITHDRAWN, before.choices());

        assertThat(before.changesTo(after)).containsExactly(
                change(a, ApplicationStatus.SUBMITTED, -1, -1),
                change(a, ApplicationStatus.WITHDRAWN, 1, 1),
                change(b, ApplicationStatus.SUBMITTED, -1, 0),
                change(b, ApplicationStatus.WITHDRAWN, 1, 0));
    }

    private static CountedApplication submitted(List<Choice> choices) {
        return new CountedApplication(SCOPE, DAY, ApplicationStatus.SUBMITTED, choices);
    }

    private static Choice choice(UUID... majors) {
        return new Choice(List.of(majors), true);
    }

    private static TallyChange change(UUID line, ApplicationStatus status, int listing, int firstChoice) {
        return new TallyChange(SCOPE, line, status, DAY, listing, firstChoice);
    }
}
