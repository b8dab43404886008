package org.jjjpark.testkit;

import org.junit.jupiter.api.Test;

import java.sql.DriverManager;
import java.sql.ResultSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PostgresServerTest {

    @Test
    void aServiceDatabaseIsReachableWithItsOwnRole() throws Exception {
        try (PostgresServer server = PostgresServer.startEphemeral()) {
            server.ensureDatabase("partners", "partner_service", "secret");
            server.ensureDatabase("partners", "partner_service", "secret");

            try (var c = DriverManager.getConnection(server.jdbcUrl("partners"), "partner_service", "secret");
                 ResultSet rs = c.createStatement().executeQuery("select current_database(), current_user")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("partners");
                assertThat(rs.getString(2)).isEqualTo("partner_service");
            }
        }
    }

    @Test
    void aRestartCutsOpenConnectionsAndKeepsPortAndData() throws Exception {
        try (PostgresServer server = PostgresServer.startRestartable()) {
            server.ensureDatabase("plans", "enrollment_service", "secret");
            int port = server.port();
            var before = DriverManager.getConnection(server.jdbcUrl("plans"), "enrollment_service", "secret");
            before.createStatement().execute("create table kept (n int); insert into kept values (7)");

            server.restart();

            assertThatThrownBy(() -> before.createStatement().executeQuery("select 1"))
                    .isInstanceOf(java.sql.SQLException.class);
            assertThat(server.port()).isEqualTo(port);
            try (var after = DriverManager.getConnection(server.jdbcUrl("plans"), "enrollment_service", "secret");
                 ResultSet rs = after.createStatement().executeQuery("select n from kept")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(7);
            }
        }
    }

    @Test
    void anEphemeralServerDoesNotPretendToRestart() {
        try (PostgresServer server = PostgresServer.startEphemeral()) {
            assertThatThrownBy(server::restart).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void namesThatAreNotPlainIdentifiersAreRefused() {
        try (PostgresServer server = PostgresServer.startEphemeral()) {
            assertThatThrownBy(() -> server.ensureDatabase("x; drop database postgres", "u", "p"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
