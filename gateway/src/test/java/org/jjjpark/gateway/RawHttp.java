package org.jjjpark.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Sends a request line exactly as written. HTTP client libraries normalise paths ({@code ..}, {@code //})
 * before sending, which would hide exactly the tricks the gateway must refuse.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The status code and the whole response, for {@code GET <rawTarget>}. */
    static Response get(int port, String rawTarget) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + rawTarget + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String response = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int status = Integer.parseInt(response.substring(9, 12));
            return new Response(status, response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Response(int status, String text) {
    }
}
