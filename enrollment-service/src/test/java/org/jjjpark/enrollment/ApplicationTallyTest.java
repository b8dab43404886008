package org.jjjpark.enrollment;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.jjjpark.enrollment.repository.ApplicationTallyRepository;
import org.jjjpark.testkit.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The statistics counters spread over slots: concurrent writers of one counter lose nothing and do not all meet
 * on one row, a decrement written to another slot than its increment is accepted, and a decrement that takes a
 * counter below zero across all its slots is refused with everything its transaction wrote.
 */
@QuarkusTest
@QuarkusTestResource(RealInfrastructure.class)
class ApplicationTallyTest {

    private static final LocalDate DAY = LocalDate.of(2026, 6, 25);

    @Inject
    ApplicationTallyRepository tallies;

    @Inject
    EntityManager em;

    AdmissionScope scope;
    UUID line;

    @BeforeEach
    void aPlanLineToCount() throws SQLException {
        scope = new AdmissionScope(Fixtures.uniqueYear(), "130000", Batch.UNDERGRADUATE);
        line = UUID.randomUUID();
        UUID agreement = UUID.randomUUID();
        try (Connection db = ServiceDatabase.connect()) {
            execute(db, "insert into agreement_replica (agreement_id, status, source_version, updated_at) "
                    + "values (?, 'ACTIVE', 1, now())", agreement);
            execute(db, "insert into plan_line (id, agreement_id, program_id, intake_year, plan_province, "
                    + "source_province, batch, plan_type, seats, status, created_at, updated_at) "
                    + "values (?, ?, ?, " + scope.intakeYear() + ", '110000', '130000', 'UNDERGRADUATE', "
                    + "'GENERAL', 10, 'OPEN', now(), now())", line, agreement, UUID.randomUUID());
        }
    }

    @Test
    void concurrentSubmissionsNamingOneLineAreAllCountedAcrossSeveralRows() throws Exception {
        int writers = 8;
        int eachWrites = 25;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < eachWrites; i++) {
                    QuarkusTransaction.requiringNew().run(() -> tallies.apply(List.of(change(1, 1))));
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> writer : done) {
            writer.get();
        }
        pool.shutdown();

        assertThat(sum("listing")).isEqualTo(writers * eachWrites);
        assertThat(sum("first_choice")).isEqualTo(writers * eachWrites);
        assertThat(sum("count(distinct slot)")).as("slots the writers used").isGreaterThan(1);
    }

    @Test
    void aWithdrawalCountedInAnotherSlotThanItsSubmissionLeavesTheCounterAtZero() throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> {
            tallies.apply(List.of(change(0, 0)));
            int slot = ((Number) em.createNativeQuery("select slot from application_tally where plan_line_id = :line")
                    .setParameter("line", line).getSingleResult()).intValue();
            // The submission, counted by another transaction in the next slot, is committed by now.
            incrementInSlot((slot + 1) % 16);
            tallies.apply(List.of(change(-1, -1)));
        });

        assertThat(sum("sum(listing)")).isZero();
        assertThat(sum("sum(first_choice)")).isZero();
        assertThat(sum("count(*) filter (where listing < 0)")).as("slots below zero, summed away").isEqualTo(1);
    }

    @Test
    void aDecrementBelowZeroAcrossAllSlotsIsRefusedAndRolledBack() throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> tallies.apply(List.of(change(1, 0))));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> tallies.apply(List.of(change(-2, 0)))))
                .isInstanceOf(IllegalStateException.class).hasMessage("a statistics count fell below zero");
        assertThat(sum("sum(listing)")).isEqualTo(1);
    }

    @Test
    void anAdmissionRoundsBulkChangesAreCheckedTheSameWay() throws SQLException {
        QuarkusTransaction.requiringNew().run(() -> tallies.apply(List.of(change(3, 1))));
        QuarkusTransaction.requiringNew().run(() -> tallies.applyInBulk(List.of(change(-3, -1))));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> tallies.applyInBulk(
                List.of(change(-1, 0))))).isInstanceOf(IllegalStateException.class)
                .hasMessage("a statistics count fell below zero");
        assertThat(sum("sum(listing)")).isZero();
        assertThat(sum("sum(first_choice)")).isZero();
    }

    private TallyChange change(int listing, int firstChoice) {
        return new TallyChange(scope, line, ApplicationStatus.SUBMITTED, DAY, listing, firstChoice);
    }

    /** {@code aggregate} over the line's counter rows; a bare column name is summed. */
    private long sum(String aggregate) throws SQLException {
        String expression = aggregate.contains("(") ? aggregate : "sum(" + aggregate + ")";
        return ServiceDatabase.number("select coalesce(" + expression + ", 0) from application_tally "
                + "where plan_line_id = ?", line);
    }

    private void incrementInSlot(int slot) {
        try (Connection db = ServiceDatabase.connect()) {
            execute(db, "insert into application_tally (intake_year, source_province, batch, plan_line_id, status, "
                    + "submitted_on, slot, listing, first_choice) values (" + scope.intakeYear() + ", '130000', "
                    + "'UNDERGRADUATE', ?, 'SUBMITTED', ?, " + slot + ", 1, 1)", line, DAY);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
