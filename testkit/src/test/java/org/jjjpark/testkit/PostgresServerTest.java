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
    void namesThatAreNotPlainIdentifiersAreRefused() {
        try (PostgresServer server = PostgresServer.startEphemeral()) {
            assertThatThrownBy(() -> server.ensureDatabase("x; drop database postgres", "u", "p"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
