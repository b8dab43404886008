package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import org.jjjpark.enrollment.AgreementSeats;
import org.jjjpark.enrollment.ApplicationStatus;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.DailyApplications;
import org.jjjpark.enrollment.InstitutionDemand;
import org.jjjpark.enrollment.PlanLineFigures;
import org.jjjpark.enrollment.PlanLineStatus;
import org.jjjpark.enrollment.PlanType;
import org.jjjpark.http.paging.Page;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import static org.jjjpark.enrollment.repository.SortKey.Type.DATE;
import static org.jjjpark.enrollment.repository.SortKey.Type.INTEGER;
import static org.jjjpark.enrollment.repository.SortKey.Type.TEXT;

/**
 * Reads the statistics from the counters the application writes keep (application_tally) and from the plan
 * lines. No query here reads the application table: its size grows with the applicants, the counters' with the
 * plan.
 */
@ApplicationScoped
public class StatisticsRepository {

    private static final SortKey DAILY = SortKey.of("intake_year", INTEGER, "source_province", TEXT, "batch", TEXT,
            "plan_line_id", SortKey.Type.UUID, "status", TEXT, "submitted_on", DATE);
    private static final SortKey LINES = SortKey.of("intake_year", INTEGER, "source_province", TEXT, "batch", TEXT,
            "plan_line_id", SortKey.Type.UUID);
    private static final SortKey INSTITUTIONS = SortKey.of("intake_year", INTEGER, "source_province", TEXT,
            "batch", TEXT, "institution_id", SortKey.Type.UUID);
    private static final SortKey AGREEMENTS = SortKey.of("agreement_id", SortKey.Type.UUID, "intake_year", INTEGER,
            "plan_province", TEXT, "source_province", TEXT, "batch", TEXT, "plan_type", TEXT);

    /** Active applications naming plan line {@code l}: a handful of counter rows (one per status, day and slot). */
    private static final String ACTIVE_COUNTS_OF_LINE = """
            left join lateral (
                select sum(t.listing) as listing, sum(t.first_choice) as first_choice
                from application_tally t
                where t.intake_year = l.intake_year and t.source_province = l.source_province and t.batch = l.batch
                  and t.plan_line_id = l.id and t.status <> :withdrawn
            ) f on true""";

    private final EntityManager em;

    @Inject
    public StatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /**
     * By year, source province, batch, plan line, status, then day.
     *
     * @param status only applications now in this status; {@code null} for any
     * @param from   first submission day, inclusive; {@code null} for the first there is
     * @param to     last submission day, inclusive; {@code null} for the last there is
     */
    public Page<DailyApplications> dailyApplications(StatisticsFilter filter, ApplicationStatus status,
                                                     LocalDate from, LocalDate to, String cursor, int limit) {
        SqlConditions where = planDimensions(filter)
                .equal("t.status", "status", status)
                .compare("t.submitted_on", ">=", "from", from)
                .compare("t.submitted_on", "<=", "to", to);
        DAILY.after(cursor, "t", where);
        // The running total sums the series' earlier days per row of the page (a few counter rows each), so a
        // page reads about limit x days rows however many series there are.
        String sql = """
                select t.intake_year, t.source_province, t.batch, t.plan_line_id, t.status, t.submitted_on,
                       l.program_id, l.plan_type, p.partner_id as institution_id, t.listing as applications,
                       (select sum(e.listing) from application_tally e
                        where e.intake_year = t.intake_year and e.source_province = t.source_province
                          and e.batch = t.batch and e.plan_line_id = t.plan_line_id and e.status = t.status
                          and e.submitted_on <= t.submitted_on) as cumulative_applications
                -- A counter's slots summed; the conditions on t reach the counters' index through the grouping.
                from (select intake_year, source_province, batch, plan_line_id, status, submitted_on,
                             sum(listing) as listing
                      from application_tally
                      group by intake_year, source_province, batch, plan_line_id, status, submitted_on) t
                -- Joined on the whole key so that filters on the line narrow the counters' index scan too.
                join plan_line l on l.intake_year = t.intake_year and l.source_province = t.source_province
                                and l.batch = t.batch and l.id = t.plan_line_id
                left join program_replica p on p.program_id = l.program_id
                where t.listing > 0 and %s
                order by %s
                limit :limit""".formatted(where.sql(), DAILY.orderBy("t"));
        return page(sql, where, DAILY, limit, row -> new DailyApplications(integer(row, "intake_year"),
                text(row, "source_province"), Batch.valueOf(text(row, "batch")), uuid(row, "plan_line_id"),
                uuid(row, "program_id"), PlanType.valueOf(text(row, "plan_type")), uuid(row, "institution_id"),
                ApplicationStatus.valueOf(text(row, "status")), date(row, "submitted_on"),
                number(row, "applications"), number(row, "cumulative_applications")));
    }

    /** By year, source province, batch, then plan line id. */
    public Page<PlanLineFigures> planLines(StatisticsFilter filter, String cursor, int limit) {
        SqlConditions lines = planDimensions(filter);
        SqlConditions page = LINES.after(cursor, "r", lines.sibling());
        String sql = """
                select * from (
                    select l.id as plan_line_id, l.agreement_id, l.program_id, p.partner_id as institution_id,
                           l.intake_year, l.plan_province, l.source_province, l.batch, l.plan_type,
                           l.status as line_status, case when l.status = :open then l.seats else 0 end as seats,
                           coalesce(f.listing, 0) as applications,
                           coalesce(f.first_choice, 0) as first_choice_applications
                    from plan_line l
                    left join program_replica p on p.program_id = l.program_id
                    %s
                    where %s
                ) r
                where %s
                order by %s
                limit :limit""".formatted(ACTIVE_COUNTS_OF_LINE, lines.sql(), page.sql(), LINES.orderBy("r"));
        return page(sql, withLineStates(page), LINES, limit, row -> new PlanLineFigures(uuid(row, "plan_line_id"),
                uuid(row, "agreement_id"), uuid(row, "program_id"), uuid(row, "institution_id"),
                integer(row, "intake_year"), text(row, "plan_province"), text(row, "source_province"),
                Batch.valueOf(text(row, "batch")), PlanType.valueOf(text(row, "plan_type")),
                PlanLineStatus.valueOf(text(row, "line_status")), number(row, "seats"),
                number(row, "applications"), number(row, "first_choice_applications")));
    }

    /**
     * By year, source province, batch, then institution. Lines whose program is not known here yet are left out:
     * their institution is unknown, and no application can list them before it is.
     */
    public Page<InstitutionDemand> institutionDemand(StatisticsFilter filter, String cursor, int limit) {
        SqlConditions lines = planDimensions(filter);
        SqlConditions page = INSTITUTIONS.after(cursor, "u", lines.sibling());
        // The page's institutions first, then the sums over their lines only: summing every line of a year
        // (some 20,000) to show 50 institutions would cost a counter lookup per line.
        String sql = """
                with page as (
                    select * from (
                        select distinct l.intake_year, l.source_province, l.batch, p.partner_id as institution_id
                        from plan_line l
                        join program_replica p on p.program_id = l.program_id
                        where %1$s
                    ) u
                    where %2$s
                    order by %3$s
                    limit :limit
                )
                select u.intake_year, u.source_province, u.batch, u.institution_id,
                       sum(case when l.status = :open then l.seats else 0 end) as seats,
                       coalesce(sum(f.first_choice), 0) as first_choice_applications
                from page u
                join plan_line l on l.intake_year = u.intake_year and l.source_province = u.source_province
                                and l.batch = u.batch
                join program_replica p on p.program_id = l.program_id and p.partner_id = u.institution_id
                %4$s
                where %1$s
                group by u.intake_year, u.source_province, u.batch, u.institution_id
                order by %3$s""".formatted(lines.sql(), page.sql(), INSTITUTIONS.orderBy("u"),
                ACTIVE_COUNTS_OF_LINE);
        return page(sql, withLineStates(page), INSTITUTIONS, limit, row -> new InstitutionDemand(
                integer(row, "intake_year"), text(row, "source_province"), Batch.valueOf(text(row, "batch")),
                uuid(row, "institution_id"), number(row, "seats"), number(row, "first_choice_applications")));
    }

    /** By agreement, year, plan province, source province, batch, then plan type. */
    public Page<AgreementSeats> seatsByAgreement(StatisticsFilter filter, String cursor, int limit) {
        SqlConditions lines = planDimensions(filter);
        SqlConditions page = AGREEMENTS.after(cursor, "r", lines.sibling());
        String sql = """
                select * from (
                    select l.agreement_id, l.intake_year, l.plan_province, l.source_province, l.batch, l.plan_type,
                           count(*) filter (where l.status = :open) as open_lines,
                           count(*) filter (where l.status <> :open) as closed_lines,
                           coalesce(sum(l.seats) filter (where l.status = :open), 0) as seats
                    from plan_line l
                    left join program_replica p on p.program_id = l.program_id
                    where %s
                    group by l.agreement_id, l.intake_year, l.plan_province, l.source_province, l.batch, l.plan_type
                ) r
                where %s
                order by %s
                limit :limit""".formatted(lines.sql(), page.sql(), AGREEMENTS.orderBy("r"));
        return page(sql, page.parameter("open", PlanLineStatus.OPEN), AGREEMENTS, limit,
                row -> new AgreementSeats(uuid(row, "agreement_id"), integer(row, "intake_year"),
                        text(row, "plan_province"), text(row, "source_province"), Batch.valueOf(text(row, "batch")),
                        PlanType.valueOf(text(row, "plan_type")), number(row, "open_lines"),
                        number(row, "closed_lines"), number(row, "seats")));
    }

    /** The filter on plan line {@code l} and its program {@code p}. */
    private static SqlConditions planDimensions(StatisticsFilter filter) {
        return new SqlConditions()
                .equal("l.intake_year", "intakeYear", filter.intakeYear())
                .equal("l.source_province", "sourceProvince", filter.sourceProvince())
                .equal("l.batch", "batch", filter.batch())
                .equal("l.program_id", "programId", filter.programId())
                .equal("l.plan_type", "planType", filter.planType())
                .equal("l.agreement_id", "agreementId", filter.agreementId())
                .equal("p.partner_id", "institutionId", filter.institutionId());
    }

    /** Binds the states the queries with {@link #ACTIVE_COUNTS_OF_LINE} compare with: open and withdrawn. */
    private static SqlConditions withLineStates(SqlConditions conditions) {
        return conditions.parameter("open", PlanLineStatus.OPEN).parameter("withdrawn", ApplicationStatus.WITHDRAWN);
    }

    private <T> Page<T> page(String sql, SqlConditions parameters, SortKey key, int limit, Function<Tuple, T> row) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = parameters.bind(em.createNativeQuery(sql, Tuple.class))
                .setParameter("limit", limit + 1).getResultList();
        return Page.of(rows, limit, key::cursorOf).map(row);
    }

    private static Integer integer(Tuple row, String column) {
        return ((Number) row.get(column)).intValue();
    }

    private static long number(Tuple row, String column) {
        return ((Number) row.get(column)).longValue();
    }

    private static String text(Tuple row, String column) {
        return (String) row.get(column);
    }

    private static UUID uuid(Tuple row, String column) {
        return (UUID) row.get(column);
    }

    private static LocalDate date(Tuple row, String column) {
        Object value = row.get(column);
        return value instanceof java.sql.Date sqlDate ? sqlDate.toLocalDate() : (LocalDate) value;
    }
}
