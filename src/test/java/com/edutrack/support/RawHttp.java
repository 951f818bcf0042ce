package com.edutrack.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A minimal HTTP/1.1 client over a plain socket, for requests no ordinary client will send: a
 * request target with a malformed percent escape or raw bytes is refused by {@link URI} (so by
 * REST Assured and java.net.http) before it leaves the test. One instance keeps one connection
 * alive and is not thread-safe: give each thread its own.
 */
public final class RawHttp implements AutoCloseable {
    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    /** What came back: status, headers (lower-case names, last value wins) and the body as text. */
    public record Reply(int status, Map<String, String> headers, String body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    public RawHttp(String baseUrl) {
        URI uri = URI.create(baseUrl);
        this.host = uri.getHost();
        this.port = uri.getPort();
    }

    /**
     * Sends {@code target} byte for byte as the request target (ISO-8859-1, so {@code \u00ff} is
     * the byte 0xff). {@code headers} may name a Content-Type; a body gets its Content-Length.
     */
    public Reply send(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return exchange(method, target, headers, body);
            } catch (IOException e) {
                close();
                // A kept-alive connection the server closed in between: one fresh try.
                if (attempt > 0) {
                    throw e;
                }
            }
        }
    }

    private Reply exchange(String method, String target, Map<String, String> headers, byte[] body) throws IOException {
        if (socket == null) {
            socket = new Socket(host, port);
            socket.setSoTimeout(15_000);
            in = new BufferedInputStream(socket.getInputStream());
            out = socket.getOutputStream();
        }
        StringBuilder head = new StringBuilder().append(method).append(' ').append(target).append(" HTTP/1.1\r\n")
                .append("Host: ").append(host).append(':').append(port).append("\r\n");
        headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
        if (body != null) {
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a status line");
        }
        int status = Integer.parseInt(statusLine.split(" ")[1]);
        Map<String, String> replyHeaders = new LinkedHashMap<>();
        for (String line = line(); line != null && !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                replyHeaders.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
            }
        }
        byte[] content;
        if ("HEAD".equals(method) || status == 204 || status == 304) {
            content = new byte[0];
        } else if ("chunked".equalsIgnoreCase(replyHeaders.get("transfer-encoding"))) {
            content = chunked();
        } else if (replyHeaders.containsKey("content-length")) {
            content = in.readNBytes(Integer.parseInt(replyHeaders.get("content-length")));
        } else {
            content = in.readAllBytes();
            replyHeaders.put("connection", "close");
        }
        if ("close".equalsIgnoreCase(replyHeaders.get("connection"))) {
            close();
        }
        return new Reply(status, replyHeaders, new String(content, StandardCharsets.UTF_8));
    }

    private byte[] chunked() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            int length = Integer.parseInt(size.split(";")[0].trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used here
                }
                return buffer.toByteArray();
            }
            buffer.write(in.readNBytes(length));
            line();
        }
    }

    private String line() throws IOException {
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                String s = buffer.toString(StandardCharsets.ISO_8859_1);
                return s.endsWith("\r") ? s.substring(0, s.length() - 1) : s;
            }
            buffer.write(b);
        }
        return buffer.size() == 0 ? null : buffer.toString(StandardCharsets.ISO_8859_1);
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
        socket = null;
        in = null;
        out = null;
    }
}
