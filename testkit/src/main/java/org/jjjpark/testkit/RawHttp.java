package org.jjjpark.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written. HTTP client libraries normalise paths ({@code ..}, {@code //})
 * before sending, which would hide exactly the tricks a gateway must refuse.
 */
public final class RawHttp {

    private RawHttp() {
    }

    /** The status code and the whole response, for {@code GET <rawTarget>} with extra header lines ("Name: value"). */
    public static Response get(int port, String rawTarget, String... headers) {
        StringBuilder head = new StringBuilder("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1:" + port);
        for (String header : headers) {
            head.append("\r\n").append(header);
        }
        return send(port, head.toString());
    }

    /**
     * Sends {@code head} (request line and header lines, CRLF-separated, without the blank line that ends it) as
     * written, with {@code Connection: close} added, and returns the whole response.
     */
    public static Response send(int port, String head) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write((head + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Response(status, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(int status, String text) {
    }
}
