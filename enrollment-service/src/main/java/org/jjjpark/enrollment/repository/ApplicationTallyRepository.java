package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jjjpark.enrollment.TallyChange;
import org.jjjpark.eventing.jdbc.CopyRows;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/** Writes the statistics counters (application_tally) in the transaction of the application write they follow. */
@ApplicationScoped
public class ApplicationTallyRepository {

    /** Adds to a counter row, creating it at the first application it counts. */
    private static final String UPSERT = """
            insert into application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on,
                                           listing, first_choice)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (intake_year, source_province, batch, plan_line_id, status, submitted_on) do update
            set listing = application_tally.listing + excluded.listing,
                first_choice = application_tally.first_choice + excluded.first_choice""";

    /** A transaction's counter changes, numbered in the order they are to be applied; rows shaped as the counters. */
    private static final String CHANGES_TABLE =
            "create temporary table tally_change (position integer not null, like application_tally) on commit drop";

    /** {@link #UPSERT} for every row of tally_change at once, in their order; counts the rows left negative. */
    private static final String BULK_UPSERT = """
            with applied as (
                insert into application_tally (intake_year, source_province, batch, plan_line_id, status, submitted_on,
                                               listing, first_choice)
                select intake_year, source_province, batch, plan_line_id, status, submitted_on, listing, first_choice
                from tally_change
                order by position
                on conflict (intake_year, source_province, batch, plan_line_id, status, submitted_on) do update
                set listing = application_tally.listing + excluded.listing,
                    first_choice = application_tally.first_choice + excluded.first_choice
                returning listing, first_choice)
            select count(*) from applied where listing < 0 or first_choice < 0""";

    /** What each upsert returns: the counts it left, checked to be non-negative. */
    private static final String[] COUNTS = {"listing", "first_choice"};

    private final EntityManager em;

    @Inject
    public ApplicationTallyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies {@code changes} in their order, which must be {@link TallyChange#LOCK_ORDER}, in one round trip.
     *
     * @throws IllegalStateException when a count would fall below zero: a write path missed an increment, and the
     *                               write is rolled back rather than leave wrong statistics behind
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<TallyChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT, COUNTS)) {
                for (TallyChange change : changes) {
                    upsert.setInt(1, change.scope().intakeYear());
                    upsert.setString(2, change.scope().sourceProvince());
                    upsert.setString(3, change.scope().batch().name());
                    upsert.setObject(4, change.planLineId());
                    upsert.setString(5, change.status().name());
                    upsert.setObject(6, change.submittedOn());
                    upsert.setInt(7, change.listing());
                    upsert.setInt(8, change.firstChoice());
                    upsert.addBatch();
                }
                upsert.executeBatch();
                try (ResultSet counts = upsert.getGeneratedKeys()) {
                    while (counts.next()) {
                        if (counts.getInt(1) < 0 || counts.getInt(2) < 0) {
                            throw belowZero();
                        }
                    }
                }
            }
        });
    }

    /**
     * {@link #apply} for hundreds of thousands of changes (an admission round moving a province): the changes are
     * copied into a temporary table and applied by one statement, in the same order. Once per transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyInBulk(List<TallyChange> changes) {
        em.unwrap(Session.class).doWork(connection -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute(CHANGES_TABLE);
            }
            try (CopyRows rows = CopyRows.into(connection, "tally_change (position, intake_year, source_province, "
                    + "batch, plan_line_id, status, submitted_on, listing, first_choice)")) {
                int position = 0;
                for (TallyChange change : changes) {
                    rows.row(position++, change.scope().intakeYear(), change.scope().sourceProvince(),
                            change.scope().batch(), change.planLineId(), change.status(), change.submittedOn(),
                            change.listing(), change.firstChoice());
                }
            }
            try (Statement statement = connection.createStatement();
                 ResultSet negative = statement.executeQuery(BULK_UPSERT)) {
                negative.next();
                if (negative.getLong(1) > 0) {
                    throw belowZero();
                }
            }
        });
    }

    private static IllegalStateException belowZero() {
        return new IllegalStateException("a statistics count fell below zero");
    }
}
