package org.jjjpark.http.problem;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.concurrent.TimeoutException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which database failures the last-resort mapper answers with 503 SERVICE_UNAVAILABLE instead of 500. */
class DatabaseUnavailableTest {

    @Test
    void anExhaustedConnectionPoolIsUnavailabilityNotAnInternalError() {
        // As Hibernate wraps Agroal's blocking acquisition timeout (seen under load in the fault suite's S1).
        var blocking = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Sorry, acquisition timeout!"));
        var shared = new GenericJDBCException("Unable to acquire JDBC Connection",
                new SQLException("Acquisition timeout while waiting for new connection", new TimeoutException()));

        assertThat(ProblemMappers.databaseUnavailable(blocking)).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(shared)).isTrue();
    }

    @Test
    void aLostConnectionIsUnavailability() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("connection refused", "08001"))).isTrue();
    }

    @Test
    void aDatabaseShuttingDownOrStartingUpIsUnavailability() {
        // What PostgreSQL sends the pool's connections on a restart, then to new ones until it accepts them.
        var restart = new GenericJDBCException("could not execute statement",
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"));

        assertThat(ProblemMappers.databaseUnavailable(restart)).isTrue();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("the database system is starting up",
                "57P03"))).isTrue();
    }

    @Test
    void aCommitFailedBecauseTheConnectionWasCutIsUnavailability() {
        // As Narayana reports it: the rollback has no cause, the database's error is on the XA exception it suppressed.
        var rollback = new IllegalStateException("ARJUNA016053: Could not commit transaction.");
        var xa = new IllegalStateException("Error trying to transactionCommit local transaction");
        xa.initCause(new SQLException("FATAL: terminating connection due to administrator command", "57P01"));
        rollback.addSuppressed(xa);

        assertThat(ProblemMappers.databaseUnavailable(new RuntimeException("Error invoking subclass method", rollback)))
                .isTrue();
    }

    @Test
    void aFailingStatementIsNotUnavailability() {
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new SQLException("something else"))).isFalse();
        assertThat(ProblemMappers.databaseUnavailable(new IllegalStateException("not a database"))).isFalse();
    }
}
