package com.edutrack.platform.web;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Checks a request's raw path and query string before anything decodes them. JAX-RS decodes
 * leniently where it does not throw (a bad UTF-8 sequence becomes U+FFFD, a malformed escape
 * throws from deep inside {@code UriInfo}), and PostgreSQL refuses NUL in text, so a URL that
 * cannot mean anything is refused here with one 400 in the API's own format.
 */
public final class UrlCheck {
    /** Longer query strings are refused; no route takes more than a few short filters. */
    public static final int MAX_QUERY_LENGTH = 8192;

    private UrlCheck() {
    }

    /** Why the URL is unusable, or null when it is fine. */
    public static String problem(String rawPath, String rawQuery) {
        if (rawQuery != null && rawQuery.length() > MAX_QUERY_LENGTH) {
            return "The query string is too long: at most " + MAX_QUERY_LENGTH + " characters.";
        }
        String path = component(rawPath == null ? "" : rawPath, false);
        if (path != null) {
            return "The request path " + path;
        }
        if (rawQuery != null) {
            for (String part : rawQuery.split("[&;=]", -1)) {
                String query = component(part, true);
                if (query != null) {
                    return "The query string " + query;
                }
            }
        }
        return null;
    }

    /** Decodes one component strictly: every escape two hex digits, the bytes UTF-8, no NUL. */
    private static String component(String raw, boolean plusIsSpace) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length() || hex(raw.charAt(i + 1)) < 0 || hex(raw.charAt(i + 2)) < 0) {
                    return "has a malformed percent escape (% must be followed by two hexadecimal digits).";
                }
                bytes.write(hex(raw.charAt(i + 1)) * 16 + hex(raw.charAt(i + 2)));
                i += 2;
            } else if (c > 0x7f) {
                // The container hands raw bytes over as ISO-8859-1 characters.
                bytes.write(c & 0xff);
            } else {
                bytes.write(plusIsSpace && c == '+' ? ' ' : c);
            }
        }
        String decoded;
        try {
            decoded = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return "is not valid UTF-8 once decoded.";
        }
        return decoded.indexOf('\0') >= 0 ? "contains a NUL character." : null;
    }

    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }
}
