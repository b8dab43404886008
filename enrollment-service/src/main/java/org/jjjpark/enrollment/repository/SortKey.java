package org.jjjpark.enrollment.repository;

import jakarta.persistence.Tuple;
import org.jjjpark.http.paging.Cursor;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * The unique sort columns of a statistics list. A cursor holds their values at the last row of a page; the next
 * page starts after that row (keyset paging: stable while counters change, no offset to skip or repeat rows).
 */
final class SortKey {

    /** How a column's value reads back from a cursor. */
    enum Type {
        INTEGER(Integer::valueOf), TEXT(text -> text), UUID(java.util.UUID::fromString),
        DATE(LocalDate::parse);

        private final Function<String, Object> parse;

        Type(Function<String, Object> parse) {
            this.parse = parse;
        }
    }

    private final List<String> columns;
    private final List<Type> types;

    private SortKey(List<String> columns, List<Type> types) {
        this.columns = columns;
        this.types = types;
    }

    /** @param columnsAndTypes alternately a result column name and its {@link Type} */
    static SortKey of(Object... columnsAndTypes) {
        List<String> columns = new ArrayList<>();
        List<Type> types = new ArrayList<>();
        for (int i = 0; i < columnsAndTypes.length; i += 2) {
            columns.add((String) columnsAndTypes[i]);
            types.add((Type) columnsAndTypes[i + 1]);
        }
        return new SortKey(List.copyOf(columns), List.copyOf(types));
    }

    /** The cursor of the page that follows {@code row}. */
    String cursorOf(Tuple row) {
        return Cursor.encode(columns.stream().map(c -> String.valueOf(row.get(c))).toArray(String[]::new));
    }

    /** {@code order by} these columns of {@code table}. */
    String orderBy(String table) {
        return String.join(", ", qualified(table));
    }

    /**
     * Restricts {@code where} to rows of {@code table} after the cursor's row; nothing when there is no cursor.
     *
     * @return {@code where}
     * @throws org.jjjpark.http.problem.ApiException {@code 400 INVALID_CURSOR} for a cursor of another list
     */
    SqlConditions after(String cursor, String table, SqlConditions where) {
        return cursor == null ? where : where.clause(comparison(table), values(cursor));
    }

    /** {@code (t.a, t.b, ...) > (:after0, :after1, ...)}: PostgreSQL compares rows column by column. */
    private String comparison(String table) {
        List<String> parameters = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            parameters.add(":after" + i);
        }
        return "(" + String.join(", ", qualified(table)) + ") > (" + String.join(", ", parameters) + ")";
    }

    private Map<String, Object> values(String cursor) {
        List<String> parts = Cursor.decode(cursor, columns.size());
        Map<String, Object> values = new HashMap<>();
        try {
            for (int i = 0; i < columns.size(); i++) {
                values.put("after" + i, types.get(i).parse.apply(parts.get(i)));
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw Cursor.invalid();
        }
        return values;
    }

    private List<String> qualified(String table) {
        return columns.stream().map(c -> table + "." + c).toList();
    }
}
