package org.jjjpark.devstack;

import org.jjjpark.testkit.PostgresServer;
import org.jjjpark.testkit.platform.PlatformService;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the developer needs once the stack is up: the URLs, the connection settings and a first request. */
record StackSummary(List<PlatformService> services, List<PlatformService> skipped, PostgresServer postgres,
                    int kafkaPort, Duration tokenLifetime, List<DemoClients.Credentials> clients,
                    List<DemoEnrollmentLoader.DemoApplicant> applicants, Duration startup) {

    /** Under .devstack/: an operator token, rewritten on every start. */
    static final String TOKEN_FILE = "operator.token";

    /** A first request to try per service that holds demo data. */
    private static final Map<String, String> SAMPLE_REQUESTS = Map.of(
            DemoDataLoader.SERVICE, "/api/v1/partners?identifier=10007",
            DemoAgreementLoader.SERVICE, "/api/v1/agreements?type=ORDER_CLASS",
            DemoEnrollmentLoader.SERVICE, "/api/v1/plan-lines?intakeYear=" + DemoEnrollmentLoader.YEAR
                    + "&sourceProvince=130000");

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("\n[devstack] ready in ").append(startup.toSeconds()).append(" s; Ctrl-C stops everything\n\n");
        if (services.isEmpty()) {
            out.append("  No service is running: build them with ./devstack.sh --build\n");
        } else {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("service", "URL", "Swagger UI", "OpenAPI"));
            for (PlatformService s : services) {
                rows.add(List.of(s.module(), s.baseUrl(), s.baseUrl() + "/q/swagger-ui", s.baseUrl() + "/q/openapi"));
            }
            out.append(table(rows));
        }
        if (!skipped.isEmpty()) {
            out.append("  (not built, so not running: ")
                    .append(String.join(", ", skipped.stream().map(PlatformService::module).toList())).append(")\n");
        }
        out.append('\n');

        List<List<String>> infrastructure = new ArrayList<>();
        infrastructure.add(List.of("PostgreSQL", "127.0.0.1:" + postgres.port(),
                "psql -h 127.0.0.1 -p " + postgres.port() + " -U postgres (no password)"));
        for (PlatformService s : services) {
            infrastructure.add(List.of("PostgreSQL", postgres.jdbcUrl(s.database()),
                    "user " + s.user() + ", password " + s.password()));
        }
        String watch = "./devstack.sh watch partner.events"
                + (kafkaPort == Options.DEFAULT_KAFKA_PORT ? "" : " --kafka-port " + kafkaPort);
        infrastructure.add(List.of("Kafka", "127.0.0.1:" + kafkaPort, "follow a topic: " + watch));
        infrastructure.add(List.of("Token", ".devstack/" + TOKEN_FILE, "role operator, valid "
                + tokenLifetime.toHours() + " h; paste it into Swagger UI's Authorize"));
        infrastructure.add(List.of("Logs", ".devstack/logs/<service>.log", ""));
        out.append(table(infrastructure));

        if (!clients.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("demo client", "role", "client id", "client secret"));
            clients.forEach(c -> rows.add(List.of(c.name(), c.role() + (c.province().isEmpty() ? "" : " " + c.province()),
                    c.clientId(), c.clientSecret())));
            out.append('\n').append(table(rows));
            DemoClients.Credentials first = clients.get(0);
            String gateway = services.stream().filter(s -> s.module().equals(DemoClients.SERVICE)).findFirst()
                    .map(PlatformService::baseUrl).orElseThrow();
            out.append("\n  Get a token: curl -s -u '").append(first.clientId()).append(':').append(first.clientSecret())
                    .append("' -d grant_type=client_credentials ").append(gateway).append("/oauth2/token\n");
        }
        if (!applicants.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("demo applicant", "province", "total score", "password"));
            applicants.forEach(a -> rows.add(List.of(a.examNumber(), a.province(), String.valueOf(a.totalScore()),
                    DemoEnrollmentLoader.APPLICANT_PASSWORD)));
            out.append('\n').append(table(rows));
        }
        Optional<PlatformService> gateway = services.stream().filter(g -> g.module().equals(DemoClients.SERVICE)).findFirst();
        String tryPrefix = "\n  Try: ";
        for (PlatformService s : services) {
            String sample = SAMPLE_REQUESTS.get(s.module());
            if (sample != null) {
                out.append(tryPrefix).append("curl -s -H \"Authorization: Bearer $(cat .devstack/").append(TOKEN_FILE)
                        .append(")\" '").append(gateway.orElse(s).baseUrl()).append(sample).append("'\n");
                tryPrefix = "       ";
            }
        }
        return out.toString();
    }

    /** Left-aligned columns, two spaces apart, each as wide as its widest cell. */
    private static String table(List<List<String>> rows) {
        int columns = rows.get(0).size();
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int c = 0; c < columns; c++) {
                line.append(row.get(c)).append(" ".repeat(widths[c] - row.get(c).length() + 2));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
