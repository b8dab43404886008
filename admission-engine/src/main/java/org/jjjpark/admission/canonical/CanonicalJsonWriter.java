package org.jjjpark.admission.canonical;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes JSON in the canonical form of docs/admission/README.md, streaming, so that a round of a million
 * applicants is hashed without being held in memory: UTF-8, no whitespace, members in the order the caller writes
 * them (the schema's order), strings escaped as RFC 8785 does it, numbers in their shortest plain decimal form.
 */
final class CanonicalJsonWriter {

    private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int size;
    /** Per nesting level: whether the next member or element is the first. */
    private boolean[] first = new boolean[16];
    private int depth;
    private boolean afterName;

    CanonicalJsonWriter(OutputStream out) {
        this.out = out;
    }

    CanonicalJsonWriter beginObject() throws IOException {
        return open('{');
    }

    CanonicalJsonWriter endObject() throws IOException {
        return close('}');
    }

    CanonicalJsonWriter beginArray() throws IOException {
        return open('[');
    }

    CanonicalJsonWriter endArray() throws IOException {
        return close(']');
    }

    CanonicalJsonWriter name(String name) throws IOException {
        separate();
        quoted(name);
        put(':');
        afterName = true;
        return this;
    }

    CanonicalJsonWriter string(String value) throws IOException {
        if (value == null) {
            return nullValue();
        }
        separate();
        quoted(value);
        return this;
    }

    CanonicalJsonWriter number(long value) throws IOException {
        separate();
        ascii(Long.toString(value));
        return this;
    }

    /** A score kept in hundredths, written as points: 61250 as 612.5, 60000 as 600. */
    CanonicalJsonWriter hundredths(int value) throws IOException {
        separate();
        ascii(Integer.toString(value / 100));
        int fraction = value % 100;
        if (fraction != 0) {
            put('.');
            put((byte) ('0' + fraction / 10));
            if (fraction % 10 != 0) {
                put((byte) ('0' + fraction % 10));
            }
        }
        return this;
    }

    /** A decimal already normalised (no trailing zeros, no exponent). */
    CanonicalJsonWriter decimal(BigDecimal value) throws IOException {
        separate();
        ascii(value.toPlainString());
        return this;
    }

    CanonicalJsonWriter bool(boolean value) throws IOException {
        separate();
        ascii(value ? "true" : "false");
        return this;
    }

    CanonicalJsonWriter nullValue() throws IOException {
        separate();
        ascii("null");
        return this;
    }

    void flush() throws IOException {
        out.write(buffer, 0, size);
        size = 0;
        out.flush();
    }

    private CanonicalJsonWriter open(char bracket) throws IOException {
        separate();
        put(bracket);
        if (++depth == first.length) {
            first = Arrays.copyOf(first, depth * 2);
        }
        first[depth] = true;
        return this;
    }

    private CanonicalJsonWriter close(char bracket) throws IOException {
        depth--;
        put(bracket);
        return this;
    }

    /** The comma before a member or element that is not the first; nothing right after a member name. */
    private void separate() throws IOException {
        if (afterName) {
            afterName = false;
        } else if (depth > 0) {
            if (!first[depth]) {
                put(',');
            }
            first[depth] = false;
        }
    }

    private void quoted(String value) throws IOException {
        put('"');
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '"' -> escaped('"');
                case '\\' -> escaped('\\');
                case '\b' -> escaped('b');
                case '\f' -> escaped('f');
                case '\n' -> escaped('n');
                case '\r' -> escaped('r');
                case '\t' -> escaped('t');
                default -> {
                    if (ch < 0x20) {
                        ascii("\\u00");
                        put(HEX[ch >> 4]);
                        put(HEX[ch & 0xf]);
                    } else if (ch < 0x80) {
                        put((byte) ch);
                    } else {
                        int end = i + 1;
                        while (end < value.length() && value.charAt(end) >= 0x80) {
                            end++;
                        }
                        for (byte b : value.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                            put(b);
                        }
                        i = end - 1;
                    }
                }
            }
        }
        put('"');
    }

    private void escaped(char ch) throws IOException {
        put('\\');
        put(ch);
    }

    private void ascii(String text) throws IOException {
        for (int i = 0; i < text.length(); i++) {
            put((byte) text.charAt(i));
        }
    }

    private void put(char ch) throws IOException {
        put((byte) ch);
    }

    private void put(byte b) throws IOException {
        if (size == buffer.length) {
            out.write(buffer, 0, size);
            size = 0;
        }
        buffer[size++] = b;
    }
}
