package com.edutrack.platform.observability;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Wraps every request of the application: the id the client sent ({@code requestId} query
 * parameter, else the {@code X-Request-Id} header, as {@code RequestContext} reads them) or a new
 * one is put on the thread before anything runs, so every log line the request causes carries
 * it, and the same id is what the response's {@code X-Request-Id} header shows.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class RequestIdFilter extends HttpFilter {
    static final int MAX_LENGTH = 100;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        String sent = queryParameter(request.getQueryString(), "requestId");
        if (sent == null) {
            sent = request.getHeader("X-Request-Id");
        }
        String id = sent != null && !sent.isBlank() && sent.length() <= MAX_LENGTH ? sent : LogContext.newId("");
        LogContext.set(id);
        try {
            chain.doFilter(request, response);
        } finally {
            LogContext.set(null);
        }
    }

    /** Read from the raw query string: {@code getParameter} would consume a form body. */
    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            if (key.equals(name)) {
                return eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
