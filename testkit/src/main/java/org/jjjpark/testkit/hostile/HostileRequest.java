package org.jjjpark.testkit.hostile;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One request as sent: which hostility it carries, as whom, and its exact bytes. {@code seed} and {@code index}
 * regenerate it ({@code -Dhostile.seed=<seed> -Dhostile.replay=<index>}).
 *
 * @param target     path and query, percent-encoded exactly as sent
 * @param credential the label of the credentials sent, {@code none} for no {@code Authorization} header
 * @param headers    extra headers, {@code Content-Type} among them when the request has one
 * @param body       the body bytes, {@code null} for none
 */
public record HostileRequest(long seed, long index, Hostility hostility, ApiOperation operation, String credential,
                             String method, String target, Map<String, String> headers, byte[] body) {

    private static final int EXCERPT = 240;

    /** Everything needed to understand and replay the request, on one line, the body cut short and escaped. */
    public String describe() {
        StringBuilder line = new StringBuilder("seed=" + seed + " index=" + index + " " + hostility + " as "
                + credential + ": " + method + " " + excerpt(target));
        headers.forEach((name, value) -> line.append(" [").append(name).append(": ").append(excerpt(value)).append(']'));
        if (body != null) {
            line.append(" body(").append(body.length).append(" bytes)=")
                    .append(excerpt(new String(body, StandardCharsets.UTF_8)));
        }
        return line.toString();
    }

    static String excerpt(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(EXCERPT).forEach(c -> {
            if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.SURROGATE || c == 0xfffd) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > EXCERPT ? out + "...(" + text.length() + " chars)" : out.toString();
    }
}
