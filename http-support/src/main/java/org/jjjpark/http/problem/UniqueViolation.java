package org.jjjpark.http.problem;

import java.sql.SQLException;

/**
 * Recognises a unique index that refused a row: the sign that a concurrent request won a race past a service's
 * own check. Hibernate reports it as its {@code ConstraintViolationException} itself (not as the cause of
 * another exception) when a flush fails, with PostgreSQL's SQLSTATE 23505 further down.
 */
public final class UniqueViolation {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueViolation() {
    }

    /** Whether {@code e} or one of its causes is a unique violation. */
    public static boolean in(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
            if (t instanceof org.hibernate.JDBCException jdbc && UNIQUE_VIOLATION.equals(jdbc.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
