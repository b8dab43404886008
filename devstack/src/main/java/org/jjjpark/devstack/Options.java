package org.jjjpark.devstack;

import java.util.Optional;

/**
 * The launcher's command line: {@code [--fresh] [--pg-port N] [--kafka-port N]} to start the stack, or
 * {@code watch <topic> [--kafka-port N]} to follow a topic of a running one.
 */
public record Options(boolean help, boolean fresh, int pgPort, int kafkaPort, Optional<String> watchTopic) {

    static final int DEFAULT_PG_PORT = 5432;
    static final int DEFAULT_KAFKA_PORT = 9092;

    static final String USAGE = """
            usage: ./devstack.sh [--build] [--fresh] [--pg-port N] [--kafka-port N]
                   ./devstack.sh watch <topic> [--kafka-port N]

              --build          rebuild the modules before starting (devstack.sh only)
              --fresh          delete .devstack/ (databases, topics, logs) before starting
              --pg-port N      PostgreSQL port (default 5432)
              --kafka-port N   Kafka port (default 9092); for watch, the running devstack's Kafka port
              watch <topic>    print every record of <topic> from the beginning until Ctrl-C""";

    public static Options parse(String... args) {
        boolean help = false;
        boolean fresh = false;
        Integer pgPort = null;
        int kafkaPort = DEFAULT_KAFKA_PORT;
        String watchTopic = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> help = true;
                case "--fresh" -> fresh = true;
                case "--pg-port" -> pgPort = port(arg, valueAfter(args, i++));
                case "--kafka-port" -> kafkaPort = port(arg, valueAfter(args, i++));
                case "watch" -> {
                    if (i != 0) {
                        throw new IllegalArgumentException("watch must come first: ./devstack.sh watch <topic>");
                    }
                    watchTopic = valueAfter(args, i++);
                }
                default -> throw new IllegalArgumentException("unknown argument: " + arg);
            }
        }
        if (watchTopic != null && (fresh || pgPort != null)) {
            throw new IllegalArgumentException("watch takes only --kafka-port");
        }
        return new Options(help, fresh, pgPort == null ? DEFAULT_PG_PORT : pgPort, kafkaPort,
                Optional.ofNullable(watchTopic));
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
            throw new IllegalArgumentException(args[i] + " needs a value");
        }
        return args[i + 1];
    }

    private static int port(String flag, String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below, with the flag's name
        }
        throw new IllegalArgumentException(flag + " needs a port number between 1 and 65535, not " + value);
    }
}
