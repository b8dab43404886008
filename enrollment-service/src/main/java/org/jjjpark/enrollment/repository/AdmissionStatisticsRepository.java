package org.jjjpark.enrollment.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import org.hibernate.Session;
import org.jjjpark.enrollment.AdmissionFigures;
import org.jjjpark.enrollment.AdmissionScope;
import org.jjjpark.enrollment.AdmissionStatisticsLevel;
import org.jjjpark.enrollment.Batch;
import org.jjjpark.enrollment.PlanLineDimensions;
import org.jjjpark.enrollment.PlanType;
import org.jjjpark.enrollment.RejectionCounts;
import org.jjjpark.enrollment.ScoreLine;
import org.jjjpark.enrollment.StoredAdmissionFigures;
import org.jjjpark.http.paging.Page;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jjjpark.enrollment.repository.SortKey.Type.INTEGER;
import static org.jjjpark.enrollment.repository.SortKey.Type.TEXT;

/**
 * The admission statistics of completed rounds (admission_statistics, V8): written once when a round completes,
 * read by the dimensions of the plan and by change version.
 */
@ApplicationScoped
public class AdmissionStatisticsRepository {

    /** Within a level: by scope, then unit or major. */
    private static final SortKey FIGURES = SortKey.of("intake_year", INTEGER, "source_province", TEXT, "batch", TEXT,
            "figure_key", TEXT);

    private static final String INSERT = """
            insert into admission_statistics (round_id, intake_year, source_province, batch, level, figure_key,
                unit_id, institution_id, plan_line_id, program_id, plan_type, agreement_id, quota,
                dropped, drop_max_score, drop_min_score, drop_mean_score, drop_min_rank,
                admitted, admitted_max_score, admitted_min_score, admitted_mean_score, admitted_min_rank,
                rejected_quota_filled, rejected_not_adjustable, rejected_no_eligible_seat, adjusted,
                admitted_first_choice)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    private final EntityManager em;

    @Inject
    public AdmissionStatisticsRepository(EntityManager em) {
        this.em = em;
    }

    /** Every plan line of the scope, open or closed, with the dimensions statistics cut it by. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, PlanLineDimensions> lineDimensions(AdmissionScope scope) {
        @SuppressWarnings("unchecked")
        List<Tuple> rows = em.createNativeQuery("""
                        select l.id, p.partner_id, l.program_id, l.plan_type, l.agreement_id
                        from plan_line l
                        join program_replica p on p.program_id = l.program_id
                        where l.intake_year = :year and l.source_province = :province and l.batch = :batch""",
                        Tuple.class)
                .setParameter("year", scope.intakeYear()).setParameter("province", scope.sourceProvince())
                .setParameter("batch", scope.batch().name()).getResultList();
        Map<String, PlanLineDimensions> lines = new HashMap<>();
        rows.forEach(row -> lines.put(row.get(0).toString(), new PlanLineDimensions((UUID) row.get(1),
                (UUID) row.get(2), PlanType.valueOf((String) row.get(3)), (UUID) row.get(4))));
        return lines;
    }

    /** Stores a round's figures in one round trip; the trigger of V8 gives each row its change version. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void insert(List<AdmissionFigures> figures) {
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (AdmissionFigures f : figures) {
                    bind(insert, f);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }

    /**
     * One page of a level's figures, by year, source province, batch, then unit or major.
     *
     * @param minChangeVersion lowest change version, inclusive; null for no bound
     * @param maxChangeVersion highest change version, inclusive; null for no bound
     */
    public Page<StoredAdmissionFigures> page(StatisticsFilter filter, AdmissionStatisticsLevel level,
                                             Long minChangeVersion, Long maxChangeVersion, String cursor,
                                             int limit) {
        SqlConditions where = new SqlConditions()
                .equal("s.level", "level", level)
                .equal("s.intake_year", "intakeYear", filter.intakeYear())
                .equal("s.source_province", "sourceProvince", filter.sourceProvince())
                .equal("s.batch", "batch", filter.batch())
                .equal("s.program_id", "programId", filter.programId())
                .equal("s.institution_id", "institutionId", filter.institutionId())
                .equal("s.plan_type", "planType", filter.planType())
                .equal("s.agreement_id", "agreementId", filter.agreementId())
                .compare("s.change_version", ">=", "minChangeVersion", minChangeVersion)
                .compare("s.change_version", "<=", "maxChangeVersion", maxChangeVersion);
        FIGURES.after(cursor, "s", where);
        String sql = """
                select s.* from admission_statistics s
                where %s
                order by %s
                limit :limit""".formatted(where.sql(), FIGURES.orderBy("s"));
        @SuppressWarnings("unchecked")
        List<Tuple> rows = where.bind(em.createNativeQuery(sql, Tuple.class)).setParameter("limit", limit + 1)
                .getResultList();
        return Page.of(rows, limit, FIGURES::cursorOf).map(AdmissionStatisticsRepository::figures);
    }

    private static void bind(PreparedStatement insert, AdmissionFigures f) throws SQLException {
        insert.setObject(1, f.roundId());
        insert.setInt(2, f.scope().intakeYear());
        insert.setString(3, f.scope().sourceProvince());
        insert.setString(4, f.scope().batch().name());
        insert.setString(5, f.level().name());
        insert.setString(6, switch (f.level()) {
            case ROUND -> "";
            case UNIT -> f.unitId();
            case MAJOR -> f.planLineId().toString();
        });
        insert.setString(7, f.unitId());
        insert.setObject(8, f.institutionId());
        insert.setObject(9, f.planLineId());
        insert.setObject(10, f.programId());
        insert.setString(11, f.planType() == null ? null : f.planType().name());
        insert.setObject(12, f.agreementId());
        insert.setInt(13, f.quota());
        bind(insert, 14, f.drops());
        bind(insert, 19, f.admissions());
        RejectionCounts rejections = f.rejections();
        setInteger(insert, 24, rejections == null ? null : rejections.quotaFilled());
        setInteger(insert, 25, rejections == null ? null : rejections.notAdjustable());
        setInteger(insert, 26, rejections == null ? null : rejections.noEligibleSeat());
        insert.setInt(27, f.adjusted());
        insert.setInt(28, f.admittedFirstChoice());
    }

    /** A score line into five columns from {@code first} on: count, max, min, mean, min rank. */
    private static void bind(PreparedStatement insert, int first, ScoreLine line) throws SQLException {
        setInteger(insert, first, line == null ? null : line.count());
        insert.setBigDecimal(first + 1, line == null ? null : line.maxScore());
        insert.setBigDecimal(first + 2, line == null ? null : line.minScore());
        insert.setBigDecimal(first + 3, line == null ? null : line.meanScore());
        setInteger(insert, first + 4, line == null ? null : line.minRank());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static StoredAdmissionFigures figures(Tuple row) {
        AdmissionStatisticsLevel level = AdmissionStatisticsLevel.valueOf((String) row.get("level"));
        String planType = (String) row.get("plan_type");
        AdmissionFigures figures = new AdmissionFigures((UUID) row.get("round_id"),
                new AdmissionScope(integer(row, "intake_year"), (String) row.get("source_province"),
                        Batch.valueOf((String) row.get("batch"))),
                level, (String) row.get("unit_id"), (UUID) row.get("institution_id"), (UUID) row.get("plan_line_id"),
                (UUID) row.get("program_id"), planType == null ? null : PlanType.valueOf(planType),
                (UUID) row.get("agreement_id"), integer(row, "quota"),
                row.get("dropped") == null ? null : scoreLine(row, "dropped", "drop"),
                scoreLine(row, "admitted", "admitted"),
                row.get("rejected_quota_filled") == null ? null : new RejectionCounts(
                        integer(row, "rejected_quota_filled"), integer(row, "rejected_not_adjustable"),
                        integer(row, "rejected_no_eligible_seat")),
                integer(row, "adjusted"), integer(row, "admitted_first_choice"));
        return new StoredAdmissionFigures(figures, ((Number) row.get("change_version")).longValue());
    }

    private static ScoreLine scoreLine(Tuple row, String count, String prefix) {
        Number rank = (Number) row.get(prefix + "_min_rank");
        return new ScoreLine(integer(row, count), (BigDecimal) row.get(prefix + "_max_score"),
                (BigDecimal) row.get(prefix + "_min_score"), (BigDecimal) row.get(prefix + "_mean_score"),
                rank == null ? null : rank.intValue());
    }

    private static int integer(Tuple row, String column) {
        return ((Number) row.get(column)).intValue();
    }
}
