package com.edutrack.platform.request;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;

/**
 * Records the matched resource method for the request (the envelope reads its data name there)
 * and applies {@link Created}: a route marked so answers 201 with the body it returned. The
 * envelope copies the final status in {@code EnvelopeStatus}, which runs after this filter.
 */
@Provider
@Priority(Priorities.USER)
public class RouteFilter implements ContainerRequestFilter, ContainerResponseFilter {
    @Context
    ResourceInfo resourceInfo;
    @Inject
    RequestContext context;

    @Override
    public void filter(ContainerRequestContext request) {
        context.route(resourceInfo.getResourceMethod(), request.getMethod());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == 200 && context.route() != null && context.route().isAnnotationPresent(Created.class)) {
            response.setStatus(201);
        }
    }
}
