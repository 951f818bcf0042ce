package com.edutrack.materials;

import java.nio.charset.StandardCharsets;

/**
 * {@code Content-Disposition: attachment} for a stored file's original name. The quoted
 * {@code filename} is a safe ASCII stand-in (no quotes, backslashes or control characters, so
 * the header cannot be broken out of); when that differs from the real name, RFC 5987/6266
 * {@code filename*} carries the exact name in UTF-8.
 */
final class ContentDisposition {
    private ContentDisposition() {
    }

    static String attachment(String name) {
        StringBuilder ascii = new StringBuilder();
        name.codePoints().forEach(c -> ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? (char) c : '_'));
        String header = "attachment; filename=\"" + ascii + "\"";
        return ascii.toString().equals(name) ? header : header + "; filename*=UTF-8''" + encode(name);
    }

    /** RFC 5987 ext-value: attr-chars as they are, every other UTF-8 byte as %XX. */
    private static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "!#$&+-.^_`|~".indexOf(c) >= 0) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
