package org.jjjpark.devstack;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * {@code watch <topic>}: prints every record of a topic of the running devstack, from the beginning, until
 * Ctrl-C. It reads without a consumer group (partitions assigned directly, nothing committed), so watching
 * leaves no trace on the broker and always starts from the first record.
 */
final class TopicWatcher {

    private final String topic;
    private final int kafkaPort;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    TopicWatcher(String topic, int kafkaPort) {
        this.topic = topic;
        this.kafkaPort = kafkaPort;
    }

    /** Returns the process exit code. */
    int run() {
        if (!brokerListening()) {
            Launcher.warn("nothing listens on 127.0.0.1:" + kafkaPort
                    + ": start the devstack first, or pass the port it uses with --kafka-port");
            return 1;
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties())) {
            Thread main = Thread.currentThread();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                consumer.wakeup();
                joinQuietly(main);
            }, "watch-stop"));
            try {
                assignFromBeginning(consumer);
                while (true) {
                    consumer.poll(Duration.ofSeconds(1)).forEach(this::print);
                }
            } catch (WakeupException e) {
                return 0; // Ctrl-C
            }
        }
    }

    /** Waits for the topic to exist (it appears with its first event), then takes all its partitions. */
    private void assignFromBeginning(KafkaConsumer<byte[], byte[]> consumer) {
        List<PartitionInfo> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        if (partitions.isEmpty()) {
            Launcher.say("waiting for topic " + topic + " to appear (Ctrl-C to stop)");
        }
        while (partitions.isEmpty()) {
            pause();
            partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10));
        }
        List<TopicPartition> assigned = partitions.stream()
                .map(p -> new TopicPartition(p.topic(), p.partition()))
                .toList();
        consumer.assign(assigned);
        consumer.seekToBeginning(assigned);
        Launcher.say("watching " + topic + " (" + assigned.size() + " partitions) from the beginning; Ctrl-C stops");
    }

    private Properties consumerProperties() {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + kafkaPort);
        p.put(ConsumerConfig.CLIENT_ID_CONFIG, "devstack-watch");
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // Looking must not create the topic: it would get default settings instead of the producer's.
        p.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, "false");
        return p;
    }

    private void print(ConsumerRecord<byte[], byte[]> record) {
        String headers = StreamSupport.stream(record.headers().spliterator(), false)
                .map(h -> h.key() + "=" + text(h))
                .collect(Collectors.joining(", "));
        System.out.println("--- " + record.topic() + "[" + record.partition() + "] offset " + record.offset() + "  "
                + Instant.ofEpochMilli(record.timestamp()));
        System.out.println("key:     " + text(record.key()));
        System.out.println("headers: " + (headers.isEmpty() ? "(none)" : headers));
        System.out.println("value:");
        System.out.println(pretty(record.value()));
        System.out.flush();
    }

    /** Indented if the value is JSON, as every platform event is; otherwise as it is. */
    private String pretty(byte[] value) {
        if (value == null) {
            return "(null: a tombstone)";
        }
        try {
            return json.writeValueAsString(json.readTree(value));
        } catch (IOException e) {
            return text(value);
        }
    }

    private static String text(Header header) {
        return text(header.value());
    }

    private static String text(byte[] bytes) {
        return bytes == null ? "(null)" : new String(bytes, StandardCharsets.UTF_8);
    }

    private boolean brokerListening() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", kafkaPort), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Ctrl-C during the pause surfaces as a WakeupException from the next {@code partitionsFor}. */
    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
    }

    /** The hook lets the main thread close the consumer before the JVM goes. */
    private static void joinQuietly(Thread thread) {
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
