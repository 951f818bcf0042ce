package com.edutrack.platform.input;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a multipart part's {@code Content-Disposition: form-data; name="..";
 * filename=".."}. Only used when the header holds non-ASCII text: browsers send file names as raw
 * UTF-8, and the multipart parser of the runtime (mime4j's lenient field parser) then misreads
 * the parameters (the part's name becomes the file name), so the part would be lost.
 */
final class FormDataDisposition {
    private FormDataDisposition() {
    }

    /** Lower-case parameter names to values; quoted values unquoted ({@code \"} and {@code \\} unescaped). */
    static Map<String, String> parameters(String header) {
        Map<String, String> params = new HashMap<>();
        int i = header.indexOf(';');
        while (i >= 0 && i < header.length()) {
            int eq = header.indexOf('=', i + 1);
            if (eq < 0) {
                break;
            }
            String key = header.substring(i + 1, eq).trim().toLowerCase(Locale.ROOT);
            StringBuilder value = new StringBuilder();
            int j = eq + 1;
            while (j < header.length() && header.charAt(j) == ' ') {
                j++;
            }
            if (j < header.length() && header.charAt(j) == '"') {
                for (j++; j < header.length() && header.charAt(j) != '"'; j++) {
                    char c = header.charAt(j);
                    if (c == '\\' && j + 1 < header.length() && (header.charAt(j + 1) == '"' || header.charAt(j + 1) == '\\')) {
                        c = header.charAt(++j);
                    }
                    value.append(c);
                }
                j = header.indexOf(';', j);
            } else {
                int end = header.indexOf(';', j);
                value.append(header, j, end < 0 ? header.length() : end);
                j = end;
            }
            params.putIfAbsent(key, value.toString().trim());
            i = j;
        }
        return params;
    }
}
