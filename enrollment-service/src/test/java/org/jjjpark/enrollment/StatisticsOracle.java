package org.jjjpark.enrollment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jjjpark.enrollment.config.ParkClock;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The statistics of one intake year recomputed from the raw rows (the application and plan_line tables, read
 * with plain JDBC) by counting in Java, without the service's counters or queries: what the endpoints must say.
 * Rows are field name to text, like {@link StatisticsPages}' rows, an absent value being an absent field.
 */
final class StatisticsOracle {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<RawApplication> applications;
    private final List<RawLine> lines;

    private StatisticsOracle(List<RawApplication> applications, List<RawLine> lines) {
        this.applications = applications;
        this.lines = lines;
    }

    static StatisticsOracle read(DataSource database, int year) {
        try (Connection connection = database.getConnection()) {
            return new StatisticsOracle(applications(connection, year), lines(connection, year));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Per plan line, status and submission day: applications listing the line, and the running total. */
    List<Map<String, String>> dailyApplications() {
        Map<List<Object>, Long> perDay = new TreeMap<>(StatisticsOracle::compareKeys);
        for (RawApplication a : applications) {
            for (UUID line : a.lines()) {
                perDay.merge(List.of(a.sourceProvince, line.toString(), a.status, a.submittedOn.toString()), 1L,
                        Long::sum);
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        Map<List<Object>, Long> running = new HashMap<>();
        perDay.forEach((key, count) -> {
            long cumulative = running.merge(key.subList(0, 3), count, Long::sum);
            RawLine line = line(UUID.fromString((String) key.get(1)));
            Map<String, String> row = row("intakeYear", line.year, "sourceProvince", key.get(0), "batch", line.batch,
                    "submittedOn", key.get(3), "status", key.get(2), "planLineId", line.id, "programId", line.programId,
                    "institutionId", line.institutionId, "planType", line.planType, "applications", count,
                    "cumulativeApplications", cumulative, "suppressed", false);
            rows.add(row);
        });
        return rows;
    }

    /** Per plan line: seats in force against active applications whose first choice starts with the line. */
    List<Map<String, String>> firstChoiceByProgram() {
        Map<UUID, Long> first = count(a -> List.of(a.firstLine()));
        return lines.stream().map(l -> row("level", "PROGRAM", "intakeYear", l.year, "sourceProvince",
                l.sourceProvince, "batch", l.batch, "institutionId", l.institutionId, "planLineId", l.id,
                "programId", l.programId, "planType", l.planType, "seats", l.seatsInForce(),
                "firstChoiceApplications", first.getOrDefault(l.id, 0L),
                "demandRatio", ratio(first.getOrDefault(l.id, 0L), l.seatsInForce()), "suppressed", false)).toList();
    }

    /** Per institution: seats in force of its lines against active applications ranking one of them first. */
    List<Map<String, String>> firstChoiceByInstitution() {
        Map<UUID, Long> first = count(a -> List.of(a.firstLine()));
        Map<List<Object>, List<RawLine>> byInstitution = lines.stream().collect(Collectors.groupingBy(
                l -> List.of(l.sourceProvince, l.batch, l.institutionId.toString())));
        return byInstitution.values().stream().map(group -> {
            RawLine any = group.get(0);
            long seats = group.stream().mapToLong(RawLine::seatsInForce).sum();
            long firstChoice = group.stream().mapToLong(l -> first.getOrDefault(l.id, 0L)).sum();
            return row("level", "INSTITUTION", "intakeYear", any.year, "sourceProvince", any.sourceProvince,
                    "batch", any.batch, "institutionId", any.institutionId, "seats", seats,
                    "firstChoiceApplications", firstChoice, "demandRatio", ratio(firstChoice, seats),
                    "suppressed", false);
        }).toList();
    }

    /** Per plan line: seats in force against active applications listing it anywhere. */
    List<Map<String, String>> planVsApplications() {
        Map<UUID, Long> listing = count(RawApplication::lines);
        return lines.stream().map(l -> row("planLineId", l.id, "agreementId", l.agreementId, "programId",
                l.programId, "institutionId", l.institutionId, "intakeYear", l.year, "planProvince", l.planProvince,
                "sourceProvince", l.sourceProvince, "batch", l.batch, "planType", l.planType, "lineStatus", l.status,
                "seats", l.seatsInForce(), "applications", listing.getOrDefault(l.id, 0L),
                "applicationsPerSeat", ratio(listing.getOrDefault(l.id, 0L), l.seatsInForce()),
                "suppressed", false)).toList();
    }

    /** Per agreement and plan: open and closed lines, and the seats of the open ones. */
    List<Map<String, String>> seatsByAgreement() {
        return lines.stream().collect(Collectors.groupingBy(l -> List.of(l.agreementId, l.planProvince,
                        l.sourceProvince, l.batch, l.planType)))
                .values().stream().map(group -> {
                    RawLine any = group.get(0);
                    long open = group.stream().filter(l -> l.status.equals("OPEN")).count();
                    return row("agreementId", any.agreementId, "intakeYear", any.year, "planProvince",
                            any.planProvince, "sourceProvince", any.sourceProvince, "batch", any.batch,
                            "planType", any.planType, "openLines", open, "closedLines", group.size() - open,
                            "seats", group.stream().mapToLong(RawLine::seatsInForce).sum());
                }).toList();
    }

    /** Active applications per plan line, each counting once for every line {@code linesOf} gives. */
    private Map<UUID, Long> count(Function<RawApplication, List<UUID>> linesOf) {
        Map<UUID, Long> counts = new HashMap<>();
        applications.stream().filter(RawApplication::active)
                .forEach(a -> linesOf.apply(a).forEach(line -> counts.merge(line, 1L, Long::sum)));
        return counts;
    }

    private RawLine line(UUID id) {
        return lines.stream().filter(l -> l.id.equals(id)).findFirst().orElseThrow();
    }

    static String ratio(long applications, long seats) {
        return seats == 0 ? null : BigDecimal.valueOf(applications)
                .divide(BigDecimal.valueOf(seats), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** A row from alternating field names and values; null values are left out. */
    static Map<String, String> row(Object... fieldsAndValues) {
        Map<String, String> row = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            if (fieldsAndValues[i + 1] != null) {
                row.put((String) fieldsAndValues[i], String.valueOf(fieldsAndValues[i + 1]));
            }
        }
        return row;
    }

    private static int compareKeys(List<Object> a, List<Object> b) {
        for (int i = 0; i < a.size(); i++) {
            int c = a.get(i).toString().compareTo(b.get(i).toString());
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }

    private static List<RawApplication> applications(Connection connection, int year) throws SQLException {
        List<RawApplication> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select source_province, batch, status, choices, created_at from application where intake_year = ?""")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new RawApplication(rows.getString(1), rows.getString(2), rows.getString(3),
                            choices(rows.getString(4)), rows.getObject(5, OffsetDateTime.class)
                            .atZoneSameInstant(ParkClock.ZONE).toLocalDate()));
                }
            }
        }
        return found;
    }

    private static List<RawLine> lines(Connection connection, int year) throws SQLException {
        List<RawLine> found = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                select l.id, l.agreement_id, l.program_id, p.partner_id, l.intake_year, l.plan_province,
                       l.source_province, l.batch, l.plan_type, l.status, l.seats
                from plan_line l left join program_replica p on p.program_id = l.program_id
                where l.intake_year = ?""")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.add(new RawLine(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getObject(4, UUID.class), rows.getInt(5),
                            rows.getString(6), rows.getString(7), rows.getString(8), rows.getString(9),
                            rows.getString(10), rows.getInt(11)));
                }
            }
        }
        return found;
    }

    static List<List<UUID>> choices(String json) {
        try {
            List<List<UUID>> choices = new ArrayList<>();
            for (JsonNode choice : JSON.readTree(json)) {
                List<UUID> majors = new ArrayList<>();
                choice.get("majors").forEach(m -> majors.add(UUID.fromString(m.asText())));
                choices.add(majors);
            }
            return choices;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private record RawApplication(String sourceProvince, String batch, String status, List<List<UUID>> choices,
                                  LocalDate submittedOn) {

        boolean active() {
            return !status.equals("WITHDRAWN");
        }

        UUID firstLine() {
            return choices.get(0).get(0);
        }

        List<UUID> lines() {
            return choices.stream().flatMap(List::stream).toList();
        }
    }

    private record RawLine(UUID id, UUID agreementId, UUID programId, UUID institutionId, int year,
                           String planProvince, String sourceProvince, String batch, String planType, String status,
                           int seats) {

        long seatsInForce() {
            return status.equals("OPEN") ? seats : 0;
        }
    }
}
