package org.jjjpark.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceTest {

    @Test
    void everyServiceHasItsOwnPortAndDatabase() {
        assertThat(Service.ALL).extracting(Service::port).doesNotHaveDuplicates();
        assertThat(Service.ALL).extracting(Service::database).doesNotHaveDuplicates();
    }

    @Test
    void databaseNamesArePlainSqlIdentifiers() {
        // PostgresServer.ensureDatabase puts them into DDL and accepts nothing else.
        assertThat(Service.ALL).allSatisfy(s -> assertThat(s.database()).matches("[a-z_][a-z0-9_]{0,62}"));
    }

    @Test
    void partnerServiceRunsOnItsArchitecturePortWithThePartnerDatabase() {
        assertThat(Service.ALL).contains(new Service("partner-service", 8081, "partner"));
    }
}
