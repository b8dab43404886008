package org.jjjpark.enrollment.rest;

import org.jjjpark.enrollment.Sex;
import org.jjjpark.enrollment.Subject;
import org.jjjpark.enrollment.SubjectTrack;
import org.jjjpark.http.problem.ApiException;
import org.jjjpark.http.problem.ProblemCodes;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads the CSV form of a candidate import (RFC 4180, UTF-8, an optional byte-order mark): a header row naming
 * the fields of {@link CandidateRecord} in any order, then one candidate per row. Subjects are separated by
 * {@code |}. Values are only converted here; the rules are checked on the records, as for JSON.
 */
public final class CandidateCsv {

    public static final String MEDIA_TYPE = "text/csv";

    /** The header a CSV import must name, in any order. */
    public static final List<String> COLUMNS = List.of("examNumber", "name", "idNumber", "birthDate", "sex",
            "subjectTrack", "subjects", "totalScore", "chinese", "mathematics", "foreignLanguage",
            "firstChoiceSubject", "electives");

    private CandidateCsv() {
    }

    /** @throws ApiException 400 naming the row and column of the first value that cannot be read */
    public static List<CandidateRecord> parse(String csv) {
        List<List<String>> rows = rows(csv.startsWith("\uFEFF") ? csv.substring(1) : csv);
        if (rows.isEmpty()) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, "the CSV has no header row");
        }
        List<String> header = rows.get(0).stream().map(String::strip).toList();
        List<String> missing = COLUMNS.stream().filter(c -> !header.contains(c)).toList();
        List<String> unknown = header.stream().filter(c -> !COLUMNS.contains(c)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, "the header row must name the columns "
                    + COLUMNS + (missing.isEmpty() ? "" : "; missing " + missing)
                    + (unknown.isEmpty() ? "" : "; unknown " + unknown));
        }
        List<CandidateRecord> records = new ArrayList<>(rows.size() - 1);
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            if (row.size() == 1 && row.get(0).isBlank()) {
                continue; // a trailing empty line
            }
            if (row.size() != header.size()) {
                throw ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "row " + (r + 1),
                        "has " + row.size() + " values; the header names " + header.size());
            }
            records.add(new Row(header, row, r + 1).toRecord());
        }
        return records;
    }

    /** One data row with its header, converting each value and naming the cell when it cannot. */
    private record Row(List<String> header, List<String> values, int number) {

        CandidateRecord toRecord() {
            return new CandidateRecord(text("examNumber"), text("name"), text("idNumber"), date("birthDate"),
                    constant("sex", Sex.class),
                    constant("subjectTrack", SubjectTrack.class), subjects(),
                    number("totalScore"), number("chinese"), number("mathematics"), number("foreignLanguage"),
                    number("firstChoiceSubject"), number("electives"));
        }

        private String text(String column) {
            String value = values.get(header.indexOf(column)).strip();
            return value.isEmpty() ? null : value;
        }

        private LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw cell(column, "must be a date such as 2008-01-01");
            }
        }

        private BigDecimal number(String column) {
            String value = text(column);
            try {
                return value == null ? null : new BigDecimal(value);
            } catch (NumberFormatException e) {
                throw cell(column, "must be a number");
            }
        }

        private <E extends Enum<E>> E constant(String column, Class<E> type) {
            String value = text(column);
            try {
                return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw cell(column, "must be one of " + Arrays.toString(type.getEnumConstants()));
            }
        }

        private List<Subject> subjects() {
            String value = text("subjects");
            if (value == null) {
                return null;
            }
            List<Subject> subjects = new ArrayList<>();
            for (String name : value.split("\\|")) {
                try {
                    subjects.add(Subject.valueOf(name.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw cell("subjects", "must be subjects separated by |, each one of "
                            + Arrays.toString(Subject.values()));
                }
            }
            return subjects;
        }

        private ApiException cell(String column, String message) {
            return ApiException.invalidField(ProblemCodes.VALIDATION_FAILED, "row " + number + "." + column, message);
        }
    }

    /** Splits RFC 4180 text into rows of values: quoted values may hold commas, quotes ("") and line breaks. */
    static List<List<String>> rows(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    value.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    value.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(value.toString());
                value.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                row.add(value.toString());
                value.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else {
                value.append(c);
            }
        }
        if (quoted) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, "a quoted value is not closed");
        }
        if (value.length() > 0 || !row.isEmpty()) {
            row.add(value.toString());
            rows.add(row);
        }
        return rows;
    }
}
