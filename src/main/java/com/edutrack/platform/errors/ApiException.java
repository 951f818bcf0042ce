package com.edutrack.platform.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A failure with a client-facing answer. The body is kept in the school API's (DRF) shape; the
 * tutoring API renders the same exception as its error envelope with {@link #errKey()}.
 */
public class ApiException extends RuntimeException {
    private final int status;
    private final transient Map<String, Object> body;
    private final String errKey;
    private final int retryAfterSeconds;

    private ApiException(int status, Map<String, Object> body, String errKey, String message) {
        this(status, body, errKey, message, 0);
    }

    private ApiException(int status, Map<String, Object> body, String errKey, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.body = body;
        this.errKey = errKey;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** {@code {"detail": message}}. */
    public static ApiException detail(int status, String message) {
        return new ApiException(status, Map.of("detail", message), null, message);
    }

    /** {@code {"error": message}}. */
    public static ApiException error(int status, String message) {
        return new ApiException(status, Map.of("error", message), null, message);
    }

    /** {@code {"field": ["message", ...], ...}} with status 400. */
    public static ApiException fields(Map<String, List<String>> errors) {
        String first = errors.entrySet().stream().findFirst()
                .map(e -> e.getKey() + ": " + String.join(" ", e.getValue())).orElse("Invalid input.");
        return new ApiException(400, new LinkedHashMap<>(errors), null, first);
    }

    public static ApiException field(String field, String message) {
        return fields(Map.of(field, List.of(message)));
    }

    /** A tutoring API failure: {@code errMsg_...} key and a readable sentence. */
    public static ApiException tutoring(int status, String errKey, String detail) {
        return new ApiException(status, Map.of("detail", detail), errKey, detail);
    }

    /** 503 with {@code Retry-After}: a dependency is away for a while and the same request may well work later. */
    public static ApiException unavailable(String errKey, String detail, int retryAfterSeconds) {
        return new ApiException(503, Map.of("detail", detail), errKey, detail, retryAfterSeconds);
    }

    public static ApiException notFound() {
        return detail(404, "Not found.");
    }

    public static ApiException unauthenticated() {
        return detail(401, "Authentication credentials were not provided.");
    }

    public static ApiException forbidden() {
        return detail(403, "You do not have permission to perform this action.");
    }

    public static ApiException conflict(String message) {
        return detail(409, message);
    }

    public int status() {
        return status;
    }

    public Map<String, Object> body() {
        return body;
    }

    public String errKey() {
        return errKey;
    }

    /** Seconds for the {@code Retry-After} header; 0 for none. */
    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
