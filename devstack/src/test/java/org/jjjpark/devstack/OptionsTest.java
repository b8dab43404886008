package org.jjjpark.devstack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OptionsTest {

    @Test
    void withoutArgumentsTheStackStartsOnTheArchitecturePortsKeepingItsData() {
        Options options = Options.parse();

        assertThat(options.fresh()).isFalse();
        assertThat(options.pgPort()).isEqualTo(5432);
        assertThat(options.kafkaPort()).isEqualTo(9092);
        assertThat(options.watchTopic()).isEmpty();
        assertThat(options.help()).isFalse();
    }

    @Test
    void flagsSetFreshStartAndPorts() {
        Options options = Options.parse("--fresh", "--pg-port", "15432", "--kafka-port", "19092");

        assertThat(options.fresh()).isTrue();
        assertThat(options.pgPort()).isEqualTo(15432);
        assertThat(options.kafkaPort()).isEqualTo(19092);
    }

    @Test
    void watchNamesATopicAndTakesTheKafkaPort() {
        Options options = Options.parse("watch", "partner.events", "--kafka-port", "19092");

        assertThat(options.watchTopic()).contains("partner.events");
        assertThat(options.kafkaPort()).isEqualTo(19092);
    }

    @Test
    void watchWithoutATopicIsRejected() {
        assertThatThrownBy(() -> Options.parse("watch"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watch needs a value");
        assertThatThrownBy(() -> Options.parse("watch", "--kafka-port", "9092"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watch needs a value");
    }

    @Test
    void watchRejectsTheFlagsThatOnlyStartingUses() {
        assertThatThrownBy(() -> Options.parse("watch", "partner.events", "--fresh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only --kafka-port");
    }

    @Test
    void watchMustComeFirst() {
        assertThatThrownBy(() -> Options.parse("--kafka-port", "9092", "watch", "partner.events"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("watch must come first");
    }

    @Test
    void aPortMustBeANumberInRange() {
        assertThatThrownBy(() -> Options.parse("--pg-port", "postgres"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--pg-port needs a port number");
        assertThatThrownBy(() -> Options.parse("--kafka-port", "70000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--kafka-port needs a port number");
        assertThatThrownBy(() -> Options.parse("--pg-port"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("--pg-port needs a value");
    }

    @Test
    void unknownArgumentsAreRejectedByName() {
        assertThatThrownBy(() -> Options.parse("--fersh"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("unknown argument: --fersh");
    }

    @Test
    void helpIsRecognised() {
        assertThat(Options.parse("--help").help()).isTrue();
        assertThat(Options.parse("-h").help()).isTrue();
    }
}
