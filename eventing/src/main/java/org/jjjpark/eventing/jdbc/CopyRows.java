package org.jjjpark.eventing.jdbc;

import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rows streamed into a table with PostgreSQL's {@code COPY ... FROM STDIN} (text format) on the caller's
 * connection, so inside its transaction: for writes of up to millions of rows, where one INSERT per row would
 * cost a round trip each. Triggers and defaults apply as for INSERT.
 */
public final class CopyRows implements AutoCloseable {

    private static final int BUFFER_BYTES = 1 << 20;

    private final PGCopyOutputStream copy;
    private final Writer out;
    private long rows;

    private CopyRows(PGCopyOutputStream copy) {
        this.copy = copy;
        this.out = new BufferedWriter(new OutputStreamWriter(copy, StandardCharsets.UTF_8), BUFFER_BYTES);
    }

    /** @param target a table and its columns, e.g. {@code "outbox_event (id, topic)"}, in the order of each row */
    public static CopyRows into(Connection connection, String target) throws SQLException {
        return new CopyRows(new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "copy " + target + " from stdin", BUFFER_BYTES));
    }

    /** One row, its values in the target's column order; null is SQL NULL, anything else its {@code toString()}. */
    public void row(Object... values) {
        try {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    out.write('\t');
                }
                if (values[i] == null) {
                    out.write("\\N");
                } else {
                    escape(values[i].toString());
                }
            }
            out.write('\n');
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException("COPY failed", e);
        }
    }

    /** Ends the COPY: the rows are in the table (of the caller's transaction) when this returns. */
    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException("COPY failed after " + rows + " rows", e);
        }
    }

    public long rows() {
        return rows;
    }

    /** The text format's escapes: backslash, and the tab, newline and carriage return that separate values. */
    private void escape(String value) throws IOException {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.write("\\\\");
                case '\t' -> out.write("\\t");
                case '\n' -> out.write("\\n");
                case '\r' -> out.write("\\r");
                default -> out.write(c);
            }
        }
    }
}
