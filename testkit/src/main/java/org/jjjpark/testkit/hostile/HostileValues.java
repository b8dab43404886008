package org.jjjpark.testkit.hostile;

import java.util.List;

/**
 * The hostile values themselves: for JSON strings, for raw JSON values and for URL parts. None contains a word the
 * leak check looks for, so a service echoing one back is never mistaken for a leak.
 */
final class HostileValues {

    /** Strings for JSON bodies; lone surrogates are written as {@code \\uD800} escapes or as UTF-8 of U+FFFD. */
    static final List<String> ODD_TEXT = List.of(
            "", " ", "\u0000", "nul\u0000inside", "\u0001\u0002\u0007\u001b[31mred", "\t\r\n\u000b\f",
            "\u202Eevil\u202C", "\u200F\u200E\u061C", "\uD800", "x\uDFFFy", "\uDBFF\uDBFF", "\uFEFFbom",
            "\uFFFF\uFFFE", "\uD83D\uDE00", "\u0085\u2028\u2029", "'\"\\", "' OR '1'='1", "1; drop table x --",
            "../../../etc/passwd", "<script>alert(1)</script>", "${jndi:ldap://127.0.0.1/a}", "%s%n%x%p",
            "{{7*7}}", "#{7*7}", "null", "-1", "\uFF11\uFF12\uFF13", "\u0130stanbul", "\u01C5", "\u00A0",
            "\u3000\u3000", "e\u0301\u0301\u0301\u0301", "\uD834\uDD1E".repeat(100), "\u0000".repeat(50),
            "\u4E2D\u6587\u540D\u79F0", "a".repeat(300), "\\u0000", "%00", "\r\nX-Injected: 1");

    /** Raw JSON values that stress number handling. */
    static final List<String> EXTREME_NUMBERS = List.of(
            "-1", "0", "-0", "0.5", "-0.0001", "2147483648", "-2147483649", "9223372036854775807",
            "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "1e308", "1e309",
            "-1e400", "1.0e-400", "1E2", "4.9e-324", "99999999999999999999.99999999999999999999");

    /** Raw text where a JSON value should be: not JSON, or JSON of an unexpected kind. */
    static final List<String> NOT_AN_OBJECT = List.of("[]", "[{}]", "null", "0", "-1", "\"text\"", "true", "[null]",
            "{\"\":{}}", "[[[]]]");

    /** Percent-encoded URL parts for path and query parameters. */
    static final List<String> URL_PARTS = List.of(
            "not-a-uuid", "00000000-0000-0000-0000-00000000000g", "00000000-0000-0000-0000-000000000000",
            "%00", "a%00b", "%C0%AF", "%ED%A0%80", "%FF%FE", "%E2%80%AE", "%0D%0A", "%25", "..%2F..%2F",
            "%2e%2e", "-1", "0", "99999999999999999999", "1e309", "NaN", "null", "%20", "%F0%9F%98%80",
            "'%20OR%201=1", "%3Cscript%3E", "true", "%5B%5D", "%7B%7D", "x".repeat(3000), "-9223372036854775809",
            "2147483648", "1.5", "%E4%B8%AD%E6%96%87", "%C3%A9", "%EF%BF%BF", "%ED%B0%80", "%E0%80%AF",
            "%F8%88%80%80%80", "%09", "%7F", "a%2Cb", "%3B", "%23", "%3F", "%26", "%3D", "~", "!");

    /** Broken UTF-8: overlong slash, encoded surrogates, stray continuation bytes, truncated and 5-byte forms. */
    static final List<byte[]> INVALID_UTF8 = List.of(
            new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
            new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0x80},
            new byte[]{(byte) 0xFF, (byte) 0xFE}, new byte[]{(byte) 0xE4, (byte) 0xB8},
            new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            new byte[]{(byte) 0xC0, (byte) 0x80});

    /** Names of unknown fields, several named like properties a client must not set. */
    static final List<String> UNKNOWN_FIELDS = List.of("status", "id", "version", "applicantId", "createdAt",
            "role", "admin", "score", "__proto__", "constructor", "", " ", "\u0000", "a.b", "$where", "x".repeat(500));

    private HostileValues() {
    }
}
