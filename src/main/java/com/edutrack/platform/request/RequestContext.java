package com.edutrack.platform.request;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.observability.LogContext;
import jakarta.enterprise.context.RequestScoped;

/** Facts about the request in flight, set by {@link RequestStartFilter} before matching. */
@RequestScoped
public class RequestContext {
    private long startedNanos = System.nanoTime();
    /** The id {@code RequestIdFilter} put on the thread (so log lines and the response header agree). */
    private String requestId = Objects.requireNonNullElseGet(LogContext.current(), () -> UUID.randomUUID().toString());
    private URI originalUri;
    private ApiStyle style = ApiStyle.SCHOOL;
    private java.lang.reflect.Method route;
    private String httpMethod;

    public void start(String requestId, URI originalUri, ApiStyle style) {
        this.startedNanos = System.nanoTime();
        if (requestId != null && !requestId.isBlank() && requestId.length() <= 100) {
            this.requestId = requestId;
        }
        this.originalUri = originalUri;
        this.style = style;
    }

    public long elapsedMs() {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    public String requestId() {
        return requestId;
    }

    /** The URI as the client sent it (before the trailing slash was normalised away). */
    public URI originalUri() {
        return originalUri;
    }

    public ApiStyle style() {
        return style;
    }

    public void route(java.lang.reflect.Method route, String httpMethod) {
        this.route = route;
        this.httpMethod = httpMethod;
    }

    /** The resource method that serves the request (null before matching or when none matched). */
    public java.lang.reflect.Method route() {
        return route;
    }

    public String httpMethod() {
        return httpMethod;
    }
}
