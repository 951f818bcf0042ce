package com.edutrack.content;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The video hosts a lecture may use, with the seed's URL rules and messages. */
public enum VideoPlatform {
    YOUTUBE("youtube", "YouTube"),
    BUNNYSTREAM("bunnystream", "Bunny Stream"),
    VDOCIPHER("vdocipher", "VDO Cipher");

    private final String code;
    private final String display;

    VideoPlatform(String code, String display) {
        this.code = code;
        this.display = display;
    }

    public String code() {
        return code;
    }

    public String display() {
        return display;
    }

    public static List<String> codes() {
        return Arrays.stream(values()).map(VideoPlatform::code).toList();
    }

    public static VideoPlatform fromCode(String code) {
        for (VideoPlatform p : values()) {
            if (p.code.equals(code)) {
                return p;
            }
        }
        return null;
    }

    /** The seed's message for a URL that does not fit this platform, or null when it fits. */
    public String urlProblem(String url) {
        String lower = url == null ? "" : url.toLowerCase(Locale.ROOT);
        return switch (this) {
            case YOUTUBE -> lower.contains("youtube.com") || lower.contains("youtu.be")
                    ? null : "YouTube URL must contain 'youtube.com' or 'youtu.be'.";
            case BUNNYSTREAM -> lower.contains("bunnycdn") || lower.contains("b-cdn.net")
                    ? null : "Bunny Stream URL must contain 'bunnycdn' or 'b-cdn.net'.";
            case VDOCIPHER -> isHttpsUrl(url) ? null : "VDO Cipher URL must be a valid HTTPS URL.";
        };
    }

    static boolean isHttpsUrl(String url) {
        try {
            URI uri = URI.create(url.trim());
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }
}
