package org.jjjpark.systemtests.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The meters the platform's own code registers with Micrometer ({@code meters.counter("eventing.outbox.relayed")},
 * {@code meters.gauge(...)}), read from the modules' main sources and named as Prometheus exposes them: dots become
 * underscores, counters end in {@code _total}.
 */
final class RegisteredMeters {

    private static final Pattern REGISTRATION =
            Pattern.compile("\\.(counter|gauge)\\(\\s*(?:\"([a-z][a-z0-9.]*)\"|([A-Z][A-Z0-9_]*))");
    private static final Pattern CONSTANT = Pattern.compile("String\\s+([A-Z][A-Z0-9_]*)\\s*=\\s*\"([^\"]*)\"");

    private RegisteredMeters() {
    }

    static Set<String> prometheusNames(Path repoRoot) {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> modules = Files.list(repoRoot)) {
            for (Path sources : modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
                try (Stream<Path> files = Files.walk(sources)) {
                    files.filter(f -> f.toString().endsWith(".java")).forEach(f -> names.addAll(registeredIn(read(f))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the modules' sources under " + repoRoot, e);
        }
        return names;
    }

    private static Set<String> registeredIn(String source) {
        Set<String> names = new TreeSet<>();
        if (!source.contains("io.micrometer.core.instrument.MeterRegistry")) {
            return names;
        }
        Map<String, String> constants = new HashMap<>();
        Matcher constant = CONSTANT.matcher(source);
        while (constant.find()) {
            constants.put(constant.group(1), constant.group(2));
        }
        Matcher registration = REGISTRATION.matcher(source);
        while (registration.find()) {
            String name = registration.group(2) != null ? registration.group(2) : constants.get(registration.group(3));
            String prometheus = name.replace('.', '_');
            names.add(registration.group(1).equals("counter") ? prometheus + "_total" : prometheus);
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
