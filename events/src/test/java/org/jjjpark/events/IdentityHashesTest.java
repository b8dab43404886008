package org.jjjpark.events;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class IdentityHashesTest {

    private static final byte[] KEY = "k1".getBytes(StandardCharsets.UTF_8);

    @Test
    void theSameNumberWrittenDifferentlyHashesTheSame() {
        assertThat(IdentityHashes.idNumber(KEY, " 13010220080101123x"))
                .isEqualTo(IdentityHashes.idNumber(KEY, "13010220080101123X"));
        assertThat(IdentityHashes.examNumber(KEY, "26130102150001 "))
                .isEqualTo(IdentityHashes.examNumber(KEY, "26130102150001"));
    }

    @Test
    void hashesDependOnTheKeyAndDoNotContainTheNumber() {
        String hash = IdentityHashes.idNumber(KEY, "13010220080101123X");

        assertThat(hash).hasSize(64).doesNotContain("130102");
        assertThat(IdentityHashes.idNumber("k2".getBytes(StandardCharsets.UTF_8), "13010220080101123X"))
                .isNotEqualTo(hash);
        assertThat(IdentityHashes.examNumber(KEY, "13010220080101123X")).isNotEqualTo(hash);
    }
}
