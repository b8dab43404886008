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
 * Hebei) and one park operator, created through the gateway. A secret is shown once by the gateway, so the devstack keeps the
 * credentials in {@code .devstack/clients.json} (owner-only) and reuses them while the clients exist.
 */
final class DemoClients {

    static final String SERVICE = "gateway";
    static final String FILE = "clients.json";

    /** Role, province (for commissions) and name of each demo client. */
    private static final List<Credentials> WANTED = List.of(
            new Credentials(null, null, "Beijing Municipal Education Commission", "COMMISSION", "110000"),
            new Credentials(null, null, "Tianjin Municipal Education Commission", "COMMISSION", "120000"),
            new Credentials(null, null, "Hebei Provincial Department of Education", "COMMISSION", "130000"),
            new Credentials(null, null, "Park operations desk", "OPERATOR", ""));

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
        for (Credentials wanted : WANTED) {
            if (all.stream().noneMatch(c -> c.name().equals(wanted.name()))) {
                ObjectNode request = gateway.json().createObjectNode().put("name", wanted.name())
                        .put("role", wanted.role());
                if (!wanted.province().isEmpty()) {
                    request.put("province", wanted.province());
                }
                JsonNode created = gateway.post("/api/v1/clients", null, request);
                all.add(new Credentials(created.path("client").path("clientId").asText(),
                        created.path("clientSecret").asText(), wanted.name(), wanted.role(), wanted.province()));
            }
        }
        write(all);
        Launcher.say("demo clients: " + all.size() + " (" + (all.size() - kept.size()) + " new)");
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
                        c.path("name").asText(), c.path("role").asText(), c.path("province").asText()));
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
                .put("name", c.name()).put("role", c.role()).put("province", c.province()));
        try {
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, array.toPrettyString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** @param province empty for non-commission clients */
    record Credentials(String clientId, String clientSecret, String name, String role, String province) {
    }
}
