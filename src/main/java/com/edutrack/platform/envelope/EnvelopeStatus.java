package com.edutrack.platform.envelope;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes the response's final status into the tutoring envelope ({@code statusCode}). Response
 * filters run in descending priority, so this one (below USER) sees the 201 that
 * {@code RouteFilter} sets for {@code @Created} routes.
 */
@Provider
@Priority(Priorities.USER - 1)
public class EnvelopeStatus implements ContainerResponseFilter {
    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Envelope<?> envelope) {
            envelope.status(response.getStatus());
        }
    }
}
