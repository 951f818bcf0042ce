package com.edutrack.platform.web;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.OriginCheck;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/** CORS for the trusted origins, with credentials (the frontends use cookies). */
@Provider
@PreMatching
@Priority(150)
public class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {
    private static final String ALLOWED_METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
    private static final String ALLOWED_HEADERS = "accept, authorization, content-type, origin, x-request-id, tutorhub-access-token";

    @Inject
    OriginCheck origins;

    @Override
    public void filter(ContainerRequestContext request) {
        String origin = request.getHeaderString("Origin");
        boolean preflight = "OPTIONS".equals(request.getMethod()) && request.getHeaderString("Access-Control-Request-Method") != null;
        if (!preflight || origin == null) {
            return;
        }
        if (!origins.trusted(origin)) {
            throw ApiException.detail(403, "Origin " + origin + " is not allowed.");
        }
        String requested = request.getHeaderString("Access-Control-Request-Headers");
        request.abortWith(Response.ok()
                .header("Access-Control-Allow-Methods", ALLOWED_METHODS)
                .header("Access-Control-Allow-Headers", requested != null ? requested : ALLOWED_HEADERS)
                .header("Access-Control-Max-Age", "86400")
                .build());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String origin = request.getHeaderString("Origin");
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.add("Vary", "Origin");
        if (origin != null && origins.trusted(origin)) {
            headers.putSingle("Access-Control-Allow-Origin", origin);
            headers.putSingle("Access-Control-Allow-Credentials", "true");
            headers.putSingle("Access-Control-Expose-Headers", "X-Request-Id");
        }
    }
}
