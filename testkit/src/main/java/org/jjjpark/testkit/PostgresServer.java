package org.jjjpark.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (the zonky embedded binaries) on loopback. Each service gets its own database and
 * role on it, as it would on a shared production server.
 */
public final class PostgresServer implements AutoCloseable {

    private EmbeddedPostgres postgres;
    /** Where the data lives when the caller or this class chose it; {@code null} for the embedded default. */
    private final Path dataDir;
    /** Whether {@link #close()} deletes {@link #dataDir}: only one this class created. */
    private final boolean ownsDataDir;

    private PostgresServer(EmbeddedPostgres postgres, Path dataDir, boolean ownsDataDir) {
        this.postgres = postgres;
        this.dataDir = dataDir;
        this.ownsDataDir = ownsDataDir;
    }

    /** A throw-away server on a random port; its data directory is deleted on {@link #close()}. */
    public static PostgresServer startEphemeral() {
        quietenServerLogging();
        try {
            return new PostgresServer(EmbeddedPostgres.builder().start(), null, false);
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start", e);
        }
    }

    /**
     * A throw-away server that can be {@link #restart() restarted} on the same port and data, for faults; its data
     * directory is deleted on {@link #close()}.
     */
    public static PostgresServer startRestartable() {
        try {
            Path dataDir = Files.createTempDirectory("restartable-pg");
            return new PostgresServer(start(dataDir, FreePorts.pick()), dataDir, true);
        } catch (IOException e) {
            throw new UncheckedIOException("no directory for embedded PostgreSQL", e);
        }
    }

    /** A server whose data directory survives restarts, on a fixed port. */
    public static PostgresServer startPersistent(Path dataDir, int port) {
        return new PostgresServer(start(dataDir, port), dataDir, false);
    }

    /**
     * {@code pg_ctl stop -m fast}, then the server starts again on the same port and data: every open connection is
     * cut (57P01) and new ones are refused until it is back. Returns once it accepts connections.
     */
    public void restart() {
        if (dataDir == null) {
            throw new IllegalStateException("an ephemeral server cannot restart on its data; use startRestartable");
        }
        int port = port();
        closeServer();
        postgres = start(dataDir, port);
    }

    private static EmbeddedPostgres start(Path dataDir, int port) {
        quietenServerLogging();
        try {
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("embedded PostgreSQL did not start in " + dataDir, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    /** Creates a role and a database it owns, unless they exist already. */
    public void ensureDatabase(String database, String user, String password) {
        requireIdentifier(database);
        requireIdentifier(user);
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            if (!exists(s, "select 1 from pg_roles where rolname = '" + user + "'")) {
                s.execute("create role " + user + " login password '" + password.replace("'", "''") + "'");
            }
            if (!exists(s, "select 1 from pg_database where datname = '" + database + "'")) {
                s.execute("create database " + database + " owner " + user);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create database " + database, e);
        }
    }

    @Override
    public void close() {
        closeServer();
        if (ownsDataDir) {
            KafkaBroker.deleteRecursively(dataDir);
        }
    }

    private void closeServer() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded server relays initdb and postmaster output line by line at INFO: keep warnings only. */
    private static void quietenServerLogging() {
        java.util.logging.Logger.getLogger("io.zonky").setLevel(java.util.logging.Level.WARNING);
        System.setProperty("org.slf4j.simpleLogger.log.io.zonky", "warn");
    }

    private static boolean exists(Statement s, String query) throws SQLException {
        try (ResultSet rs = s.executeQuery(query)) {
            return rs.next();
        }
    }

    /** Names go into DDL, which takes no bind parameters: accept plain identifiers only. */
    private static void requireIdentifier(String name) {
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain SQL identifier: " + name);
        }
    }
}
