package com.edutrack.platform.web;

import com.edutrack.platform.request.RequestContext;
import java.io.IOException;
import java.net.URI;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.persistence.StatementCounter;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;

/**
 * First filter of every request: records the request id and style, refuses a URL that cannot be
 * decoded ({@link UrlCheck}; read raw from the servlet request, because {@code UriInfo} itself
 * throws on a malformed escape), and drops a trailing slash so that {@code /api/x/} and
 * {@code /api/x} reach the same resource method (resources declare paths without it). On the way
 * out it adds the request id and, with diagnostics on, the SQL count.
 */
@Provider
@PreMatching
@Priority(100)
public class RequestStartFilter implements ContainerRequestFilter, ContainerResponseFilter {
    public static final String REQUEST_ID_HEADER = "X-Request-Id";
    public static final String SQL_COUNT_HEADER = "X-Sql-Statements";

    @Inject
    RequestContext context;
    @Inject
    AppConfig config;
    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        StatementCounter.reset();
        String rawPath = servletRequest.getRequestURI();
        String problem = UrlCheck.problem(rawPath, servletRequest.getQueryString());
        if (problem != null) {
            context.start(request.getHeaderString(REQUEST_ID_HEADER), null, ApiStyle.of(rawPath));
            throw ApiException.tutoring(400, "errMsg_MalformedUrl", problem);
        }
        URI uri = request.getUriInfo().getRequestUri();
        String path = uri.getRawPath();
        String requestId = request.getUriInfo().getQueryParameters().getFirst("requestId");
        if (requestId == null) {
            requestId = request.getHeaderString(REQUEST_ID_HEADER);
        }
        context.start(requestId, uri, ApiStyle.of(path));
        if (path.length() > 1 && path.endsWith("/")) {
            request.setRequestUri(UriBuilder.fromUri(uri).replacePath(path.substring(0, path.length() - 1)).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(REQUEST_ID_HEADER, context.requestId());
        if (config.diagnostics()) {
            response.getHeaders().putSingle(SQL_COUNT_HEADER, StatementCounter.current());
        }
    }
}
