package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jjjpark.enrollment.TallyChange;
import org.jjjpark.eventing.jdbc.CopyRows;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.function.Function;

/**
 * Writes the statistics counters (application_tally) in the transaction of the application write they follow.
 *
 * <p>A counter is spread over {@link #SLOTS} rows and a transaction adds to the one its transaction id picks, so
 * concurrent submissions naming the same plan line on the same day do not queue on one row's lock until each
 * commits. Readers sum the slots. A slot may go negative (a withdrawal counted in another slot than the
 * submission), so the guard against a missed increment checks the sum of the slots, not a row.
 */
@ApplicationScoped
public class ApplicationTallyRepository {

    /** How many rows share one counter: enough that concurrent writers rarely meet on one. */
    static final int SLOTS = 16;

    /**
     * The writing transaction's slot. Every statement of a transaction gets the same one, so a transaction locks
     * its rows in {@link TallyChange#LOCK_ORDER} whatever it writes, and consecutive transactions spread evenly.
     */
    private static final String SLOT = "(pg_current_xact_id()::text::bigint % " + SLOTS + ")::smallint";

    /** What identifies a counter; its slots share it. */
    private static final String KEY = "intake_year, source_province, batch, plan_line_id, status, submitted_on";

    /** An insert into a slot that exists already adds to it. */
    private static final String ADD_TO_EXISTING_SLOT = """
            on conflict (%s, slot) do update
            set listing = application_tally.listing + excluded.listing,
                first_choice = application_tally.first_choice + excluded.first_choice""".formatted(KEY);

    /** Adds to the transaction's slot of a counter, creating it at the first application it counts. */
    private static final String UPSERT = """
            insert into application_tally (%s, slot, listing, first_choice)
            values (?, ?, ?, ?, ?, ?, %s, ?, ?)
            %s""".formatted(KEY, SLOT, ADD_TO_EXISTING_SLOT);

    /** Counts the counters, among those given as arrays of their keys, whose slots sum below zero. */
    private static final String NEGATIVE_SUMS = negativeSumsOf("""
            select * from unnest(?::text[]::int[], ?::text[], ?::text[], ?::text[]::uuid[], ?::text[],
                                 ?::text[]::date[]) as k(%s)""".formatted(KEY));

    /** A transaction's counter changes, numbered in the order they are to be applied; rows shaped as the counters. */
    private static final String CHANGES_TABLE = """
            create temporary table tally_change (
                position        integer     not null,
                intake_year     integer     not null,
                source_province varchar(6)  not null,
                batch           varchar(20) not null,
                plan_line_id    uuid        not null,
                status          varchar(20) not null,
                submitted_on    date        not null,
                listing         integer     not null,
                first_choice    integer     not null
            ) on commit drop""";

    /** {@link #UPSERT} for every row of tally_change at once, in their order. */
    private static final String BULK_UPSERT = """
            insert into application_tally (%1$s, slot, listing, first_choice)
            select %1$s, %2$s, listing, first_choice from tally_change order by position
            %3$s""".formatted(KEY, SLOT, ADD_TO_EXISTING_SLOT);

    /** {@link #NEGATIVE_SUMS} for the counters tally_change decremented. */
    private static final String BULK_NEGATIVE_SUMS = negativeSumsOf(
            "select distinct %s from tally_change where listing < 0 or first_choice < 0".formatted(KEY));

    private final EntityManager em;

    @Inject
    public ApplicationTallyRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * Applies {@code changes} in their order, which must be {@link TallyChange#LOCK_ORDER}, in one round trip, and
     * one more if any of them takes something away.
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
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
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
            }
            List<TallyChange> decrements = changes.stream()
                    .filter(c -> c.listing() < 0 || c.firstChoice() < 0).toList();
            if (!decrements.isEmpty() && negativeSums(connection, decrements) > 0) {
                throw belowZero();
            }
        });
    }

    private static long negativeSums(Connection connection, List<TallyChange> counters) throws SQLException {
        List<Function<TallyChange, Object>> keyColumns = List.of(c -> c.scope().intakeYear(),
                c -> c.scope().sourceProvince(), c -> c.scope().batch(), TallyChange::planLineId, TallyChange::status,
                TallyChange::submittedOn);
        try (PreparedStatement query = connection.prepareStatement(NEGATIVE_SUMS)) {
            for (int column = 0; column < keyColumns.size(); column++) {
                // As text, cast by the query: one array type for every key column.
                Object[] values = counters.stream().map(keyColumns.get(column)).map(String::valueOf).toArray();
                query.setArray(column + 1, connection.createArrayOf("text", values));
            }
            try (ResultSet negative = query.executeQuery()) {
                negative.next();
                return negative.getLong(1);
            }
        }
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
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate(BULK_UPSERT);
            }
            try (Statement statement = connection.createStatement();
                 ResultSet negative = statement.executeQuery(BULK_NEGATIVE_SUMS)) {
                negative.next();
                if (negative.getLong(1) > 0) {
                    throw belowZero();
                }
            }
        });
    }

    /** Counts the counters whose keys {@code keys} selects and whose slots sum below zero. */
    private static String negativeSumsOf(String keys) {
        return """
                select count(*) from (
                    select 1
                    from application_tally join (%1$s) k using (%2$s)
                    group by %2$s
                    having sum(listing) < 0 or sum(first_choice) < 0) negative""".formatted(keys, KEY);
    }

    private static IllegalStateException belowZero() {
        return new IllegalStateException("a statistics count fell below zero");
    }
}
