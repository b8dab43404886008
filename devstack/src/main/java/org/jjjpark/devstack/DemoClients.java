package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;

/**
 * The system clients a newcomer needs to try the platform: one per education commission (Beijing, Tianjin,
 * Hebei), created through the gateway. A secret is shown once by the gateway, so the devstack keeps the
 * credentials in {@code .devstack/clients.json} (owner-only) and reuses them while the clients exist.
 */
final class DemoClients {

    static final String SERVICE = "gateway";
    static final String FILE = "clients.json";

    private static final List<String[]> COMMISSIONS = List.of(
            new String[] {"110000", "Beijing Municipal Education Commission"},
            new String[] {"120000", "Tianjin Municipal Education Commission"},
            new String[] {"130000", "Hebei Provincial Department of Education"});

    private final PlatformApi gateway;
    private final Path file;

    DemoClients(PlatformApi gateway, Path file) {
        this.gateway = gateway;
        this.file = file;
    }

    /** The clients' credentials, creating those that do not exist (any more). */
    List<Credentials> ensure() {
        List<Credentials> kept = read().stream()
                .filter(c -> gateway.find("/api/v1/clients/" + c.clientId()).isPresent()).toList();
        List<Credentials> all = new ArrayList<>(kept);
        for (String[] commission : COMMISSIONS) {
            if (all.stream().noneMatch(c -> c.province().equals(commission[0]))) {
                ObjectNode request = gateway.json().createObjectNode()
                        .put("name", commission[1]).put("role", "COMMISSION").put("province", commission[0]);
                JsonNode created = gateway.post("/api/v1/clients", null, request);
                all.add(new Credentials(created.path("client").path("clientId").asText(),
                        created.path("clientSecret").asText(), commission[1], commission[0]));
            }
        }
        write(all);
        Launcher.say("demo clients: " + all.size() + " commission clients (" + (all.size() - kept.size()) + " new)");
        return all;
    }

    private List<Credentials> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Credentials> credentials = new ArrayList<>();
            for (JsonNode c : gateway.json().readTree(Files.readString(file, StandardCharsets.UTF_8))) {
                credentials.add(new Credentials(c.path("clientId").asText(), c.path("clientSecret").asText(),
                        c.path("name").asText(), c.path("province").asText()));
            }
            return credentials;
        } catch (IOException e) {
            Launcher.warn("ignoring unreadable " + file + ": " + e.getMessage());
            return List.of();
        }
    }

    private void write(List<Credentials> credentials) {
        ArrayNode array = gateway.json().createArrayNode();
        credentials.forEach(c -> array.addObject().put("clientId", c.clientId()).put("clientSecret", c.clientSecret())
                .put("name", c.name()).put("province", c.province()));
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, array.toPrettyString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    record Credentials(String clientId, String clientSecret, String name, String province) {
    }
}
