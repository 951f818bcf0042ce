package com.edutrack.platform.web;

import com.edutrack.platform.errors.ApiException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a body announced larger than any route accepts (the largest is a 50 MB PDF plus its
 * multipart framing) before it is read: without this, a multi-gigabyte upload would be read in
 * full before a route's own size check could answer.
 */
@Provider
@PreMatching
@Priority(110)
public class RequestSizeLimit implements ContainerRequestFilter {
    public static final long MAX_BYTES = 55L * 1024 * 1024;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            throw ApiException.tutoring(413, "errMsg_RequestTooLarge", "Request body too large: the limit is 55 MB.");
        }
    }
}
