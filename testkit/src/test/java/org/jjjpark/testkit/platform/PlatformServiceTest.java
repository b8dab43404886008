package org.jjjpark.testkit.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformServiceTest {

    @Test
    void everyServiceHasItsOwnPortAndDatabase() {
        assertThat(PlatformService.ALL).extracting(PlatformService::port).doesNotHaveDuplicates();
        assertThat(PlatformService.ALL).extracting(PlatformService::database).doesNotHaveDuplicates();
    }

    @Test
    void databaseNamesArePlainSqlIdentifiers() {
        // PostgresServer.ensureDatabase puts them into DDL and accepts nothing else.
        assertThat(PlatformService.ALL).allSatisfy(s -> assertThat(s.database()).matches("[a-z_][a-z0-9_]{0,62}"));
    }

    @Test
    void partnerServiceRunsOnItsArchitecturePortWithThePartnerDatabase() {
        assertThat(PlatformService.ALL).contains(new PlatformService("partner-service", 8081, "partner"));
    }

    @Test
    void theGatewayFindsAServiceThroughTheVariableItsRouteReads() {
        // gateway's application.properties: gateway.routes.partner-service.url=${PARTNER_SERVICE_URL:...}
        assertThat(PlatformService.PARTNER.urlVariable()).isEqualTo("PARTNER_SERVICE_URL");
        assertThat(PlatformService.AGREEMENT.onPort(41234).baseUrl()).isEqualTo("http://127.0.0.1:41234");
    }
}
