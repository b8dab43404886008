package org.jjjpark.enrollment.rest;

import jakarta.ws.rs.core.MediaType;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Rows of a view as CSV (RFC 4180) that spreadsheets open as they are: a byte-order mark, because Excel reads
 * UTF-8 without one in the local code page and garbles Chinese; a header row of the view's JSON field names; CRLF
 * line ends; a value quoted when it holds the separator, a quote or a line break. An absent value is empty.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv";
    public static final MediaType UTF_8 = MediaType.valueOf(MEDIA_TYPE + "; charset=UTF-8");
    /** Comma by default; semicolon for spreadsheets set up for a decimal comma. */
    public static final String SEPARATORS = "^[,;]$";

    private static final String BYTE_ORDER_MARK = "\uFEFF";
    private static final String LINE_END = "\r\n";

    private CsvTable() {
    }

    public static <R extends Record> String write(Class<R> rowType, List<R> rows, char separator) {
        RecordComponent[] columns = rowType.getRecordComponents();
        StringBuilder csv = new StringBuilder(BYTE_ORDER_MARK);
        csv.append(Arrays.stream(columns).map(c -> quoted(c.getName(), separator))
                .collect(Collectors.joining(String.valueOf(separator)))).append(LINE_END);
        for (R row : rows) {
            csv.append(Arrays.stream(columns).map(c -> quoted(text(value(c, row)), separator))
                    .collect(Collectors.joining(String.valueOf(separator)))).append(LINE_END);
        }
        return csv.toString();
    }

    private static Object value(RecordComponent column, Record row) {
        try {
            return column.getAccessor().invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + column.getName() + " of a " + row.getClass().getSimpleName(), e);
        }
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
    }

    private static String quoted(String value, char separator) {
        boolean plain = value.indexOf(separator) < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0;
        return plain ? value : '"' + value.replace("\"", "\"\"") + '"';
    }
}
