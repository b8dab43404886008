package org.jjjpark.enrollment;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldEncryptionTest {

    private final FieldEncryption encryption = new FieldEncryption(key('k'));

    @Test
    void aSealedValueOpensToItselfAndNeverShowsThePlaintext() {
        byte[] sealed = encryption.encrypt("candidate.id_number", "110105194912311234");

        assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("110105");
        assertThat(encryption.decrypt("candidate.id_number", sealed)).isEqualTo("110105194912311234");
    }

    @Test
    void theSameValueSealsDifferentlyEachTime() {
        assertThat(encryption.encrypt("f", "same")).isNotEqualTo(encryption.encrypt("f", "same"));
    }

    @Test
    void anotherKeyAnotherFieldOrATamperedValueDoNotOpen() {
        byte[] sealed = encryption.encrypt("candidate.id_number", "110105194912311234");
        byte[] tampered = Arrays.copyOf(sealed, sealed.length);
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> new FieldEncryption(key('x')).decrypt("candidate.id_number", sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt("candidate.name", sealed)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> encryption.decrypt("candidate.id_number", tampered))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyA256BitKeyIsAccepted() {
        assertThatThrownBy(() -> new FieldEncryption(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] key(char fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return key;
    }
}
