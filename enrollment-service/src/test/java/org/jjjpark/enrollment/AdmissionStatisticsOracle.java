package org.jjjpark.enrollment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Predicate;

import static org.jjjpark.enrollment.StatisticsOracle.ratio;
import static org.jjjpark.enrollment.StatisticsOracle.row;

/**
 * The admission statistics of one round recomputed from the raw rows (decisions, applications, candidates and plan
 * lines, read with plain JDBC) by counting in Java, without the service's calculator: what the endpoint must say to
 * an operator. Units are institutions' major groups (J > 1). Adjustment and first choice are judged from the stored
 * choice lists, not from the engine's trace. Rows are field name to text, as {@link StatisticsPages} reads them.
 */
final class AdmissionStatisticsOracle {

    private final UUID round;
    private final int year;
    private final String province;
    private final List<Decision> decisions;
    private final List<Line> lines;

    private AdmissionStatisticsOracle(UUID round, int year, String province, List<Decision> decisions,
                                      List<Line> lines) {
        this.round = round;
        this.year = year;
        this.province = province;
        this.decisions = decisions;
        this.lines = lines;
    }

    static AdmissionStatisticsOracle read(UUID round, int year, String province) {
        try (Connection connection = ServiceDatabase.connect()) {
            return new AdmissionStatisticsOracle(round, year, province, decisions(connection, round),
                    lines(connection, year, province));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<Map<String, String>> roundRow() {
        return List.of(groupRow("ROUND", null, lines, d -> true));
    }

    /** By unit id. */
    List<Map<String, String>> unitRows() {
        Map<String, List<Line>> units = new TreeMap<>();
        lines.forEach(l -> units.computeIfAbsent(l.institutionId.toString(), u -> new ArrayList<>()).add(l));
        List<Map<String, String>> rows = new ArrayList<>();
        units.forEach((unit, majors) -> rows.add(groupRow("UNIT", unit, majors, d -> unit.equals(d.unitId))));
        return rows;
    }

    /** By plan line id. */
    List<Map<String, String>> majorRows() {
        return lines.stream().sorted(Comparator.comparing(l -> l.id.toString())).map(line -> {
            List<Decision> admitted = decisions.stream().filter(d -> line.id.equals(d.admittedLine)).toList();
            long adjusted = admitted.stream().filter(this::adjusted).count();
            long firstChoice = admitted.stream().filter(this::firstChoice).count();
            Map<String, String> row = row("level", "MAJOR", "roundId", round, "intakeYear", year,
                    "sourceProvince", province, "batch", "UNDERGRADUATE", "unitId", line.institutionId,
                    "institutionId", line.institutionId, "planLineId", line.id, "programId", line.programId,
                    "planType", line.planType, "agreementId", line.agreementId, "quota", line.seats);
            row.putAll(counted("admitted", admitted, line.seats));
            row.putAll(row("adjusted", adjusted, "adjustmentRate", ratio(adjusted, admitted.size()),
                    "admittedFirstChoice", firstChoice, "firstChoiceSatisfaction", ratio(firstChoice, admitted.size()),
                    "suppressed", false));
            return row;
        }).toList();
    }

    private Map<String, String> groupRow(String level, String unit, List<Line> majors, Predicate<Decision> inGroup) {
        int quota = majors.stream().mapToInt(l -> l.seats).sum();
        List<Decision> dropped = decisions.stream().filter(d -> d.unitId != null).filter(inGroup).toList();
        List<Decision> admitted = dropped.stream().filter(d -> d.outcome.equals("ADMITTED")).toList();
        Map<String, String> row = row("level", level, "roundId", round, "intakeYear", year, "sourceProvince",
                province, "batch", "UNDERGRADUATE", "unitId", unit, "institutionId", unit);
        if (majors.size() == 1 && unit != null) {
            Line line = majors.get(0);
            row.putAll(row("planLineId", line.id, "programId", line.programId, "planType", line.planType,
                    "agreementId", line.agreementId));
        }
        row.put("quota", String.valueOf(quota));
        row.putAll(scores("drop", dropped));
        row.put("dropped", String.valueOf(dropped.size()));
        row.putAll(counted("admitted", admitted, quota));
        long adjusted = admitted.stream().filter(this::adjusted).count();
        long firstChoice = admitted.stream().filter(this::firstChoice).count();
        row.putAll(row("rejectedQuotaFilled", rejected(dropped, "QUOTA_FILLED"),
                "rejectedNotAdjustable", rejected(dropped, "NOT_ADJUSTABLE"),
                "rejectedNoEligibleSeat", rejected(dropped, "NO_ELIGIBLE_SEAT"),
                "adjusted", adjusted, "adjustmentRate", ratio(adjusted, admitted.size()),
                "admittedFirstChoice", firstChoice, "firstChoiceSatisfaction", ratio(firstChoice, admitted.size()),
                "suppressed", false));
        return row;
    }

    /** Admitted, fill rate, unfilled and the score line of the admitted. */
    private static Map<String, String> counted(String prefix, List<Decision> admitted, int quota) {
        Map<String, String> row = row("admitted", admitted.size(), "fillRate", ratio(admitted.size(), quota),
                "unfilled", Math.max(0, quota - admitted.size()));
        row.putAll(scores(prefix, admitted));
        return row;
    }

    private static Map<String, String> scores(String prefix, List<Decision> group) {
        if (group.isEmpty()) {
            return Map.of();
        }
        BigDecimal sum = group.stream().map(d -> d.score).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal mean = sum.divide(BigDecimal.valueOf(group.size()), 2, RoundingMode.HALF_UP);
        return row(prefix + "MaxScore", plain(group.stream().map(d -> d.score).max(BigDecimal::compareTo).get()),
                prefix + "MinScore", plain(group.stream().map(d -> d.score).min(BigDecimal::compareTo).get()),
                prefix + "MeanScore", plain(mean),
                prefix + "MinRank", group.stream().mapToInt(d -> d.rank).max().getAsInt());
    }

    private static long rejected(List<Decision> dropped, String reason) {
        return dropped.stream().filter(d -> reason.equals(d.rejectionReason)).count();
    }

    /** Admitted to a major the chosen unit's list did not name (调剂). */
    private boolean adjusted(Decision d) {
        return d.choices.stream().filter(majors -> unitOf(majors.get(0)).equals(d.unitId))
                .noneMatch(majors -> majors.contains(d.admittedLine));
    }

    private boolean firstChoice(Decision d) {
        return unitOf(d.choices.get(0).get(0)).equals(d.unitId);
    }

    private String unitOf(UUID line) {
        return lines.stream().filter(l -> l.id.equals(line)).findFirst().orElseThrow().institutionId.toString();
    }

    private static String plain(BigDecimal score) {
        BigDecimal stripped = score.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static List<Decision> decisions(Connection connection, UUID round) throws SQLException {
        List<Decision> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select d.outcome, d.unit_id, d.plan_line_id, d.rank, d.rejection_reason, c.total_score, a.choices
                from admission_decision d
                join application a on a.id = d.application_id
                join candidate c on c.id = a.candidate_id
                where d.round_id = ?""")) {
            query.setObject(1, round);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Decision(rows.getString(1), rows.getString(2), rows.getObject(3, UUID.class),
                            rows.getInt(4), rows.getString(5), rows.getBigDecimal(6), StatisticsOracle.choices(rows.getString(7))));
                }
            }
        }
        return found;
    }

    /** The scope's open lines whose program is known: the majors a round runs on. */
    private static List<Line> lines(Connection connection, int year, String province) throws SQLException {
        List<Line> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select l.id, l.agreement_id, l.program_id, p.partner_id, l.plan_type, l.seats
                from plan_line l join program_replica p on p.program_id = l.program_id
                where l.intake_year = ? and l.source_province = ? and l.batch = 'UNDERGRADUATE'
                  and l.status = 'OPEN'""")) {
            query.setInt(1, year);
            query.setString(2, province);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new Line(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getString(5),
                            rows.getInt(6)));
                }
            }
        }
        return found;
    }

    private record Decision(String outcome, String unitId, UUID admittedLine, int rank, String rejectionReason,
                            BigDecimal score, List<List<UUID>> choices) {
    }

    private record Line(UUID id, UUID agreementId, UUID programId, UUID institutionId, String planType, int seats) {
    }
}
