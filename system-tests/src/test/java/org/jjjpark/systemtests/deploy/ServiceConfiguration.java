package org.jjjpark.systemtests.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A service's {@code application.properties} as a deployment sees it: which environment variables it reads,
 * either referenced as {@code ${VAR}} or as the environment form of a property (MicroProfile Config:
 * {@code quarkus.http.port} is {@code QUARKUS_HTTP_PORT}), and which of them it cannot start without.
 */
final class ServiceConfiguration {

    /** {@code ${NAME}} or {@code ${NAME:default}}. */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Z0-9_]+)(:[^}]*)?}");

    private final Properties properties = new Properties();

    ServiceConfiguration(Path applicationProperties) {
        try (Reader reader = Files.newBufferedReader(applicationProperties, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + applicationProperties, e);
        }
    }

    /** The value of a property in the production profile (no {@code %test.} or {@code %dev.} prefix). */
    Optional<String> value(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    /** Whether setting this environment variable changes the service's configuration in some profile. */
    boolean reads(String variable) {
        for (String key : properties.stringPropertyNames()) {
            String withoutProfile = key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key;
            if (environmentForm(withoutProfile).equals(variable)) {
                return true;
            }
            Matcher reference = REFERENCE.matcher(properties.getProperty(key));
            while (reference.find()) {
                if (reference.group(1).equals(variable)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Variables referenced without a default by a production property: the service fails to start without them. */
    Set<String> requiredVariables() {
        Set<String> required = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.startsWith("%")) {
                continue;
            }
            Matcher reference = REFERENCE.matcher(properties.getProperty(key));
            while (reference.find()) {
                if (reference.group(2) == null) {
                    required.add(reference.group(1));
                }
            }
        }
        return required;
    }

    /** MicroProfile Config's rule: upper case, every character other than a letter or digit becomes '_'. */
    static String environmentForm(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }
}
