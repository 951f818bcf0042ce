package com.edutrack.platform.errors;

import com.edutrack.platform.request.ApiStyle;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.edutrack.platform.request.RequestContext;
import jakarta.inject.Inject;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * The single exception mapper: turns any failure into the error body of the API the request
 * belongs to. Nothing internal (stack traces, SQL, class names) ever reaches the client; an
 * unexpected failure is logged with the request id and answered with a plain 500. A database
 * outage is not unexpected: it answers 503 with {@code Retry-After}, see {@link DatabaseFailures}.
 * The request's transaction was rolled back, unless the outage struck while the database was
 * committing it: then the database may have stored it without being able to say so, as with any
 * answer lost on the way.
 */
@Provider
public class ErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());
    /** What a client is told to wait before trying again after a database outage. */
    static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    @Inject
    RequestContext context;
    @Inject
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        ApiException failure = classify(thrown);
        Object body = body(failure, context.style(), context.requestId());
        Response.ResponseBuilder response = Response.status(failure.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(body);
        if (failure.retryAfterSeconds() > 0) {
            response.header(HttpHeaders.RETRY_AFTER, failure.retryAfterSeconds());
        }
        return response.build();
    }

    private ApiException classify(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ApiException api) {
                return api;
            }
            if (t instanceof OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return ApiException.tutoring(409, "errMsg_ConcurrentUpdate",
                        "This record was changed by another request. Reload it and try again.");
            }
            if (DatabaseFailures.unavailable(t)) {
                LOG.warning("Database unavailable, request id " + context.requestId() + ": " + t);
                return ApiException.unavailable("errMsg_DatabaseUnavailable",
                        "The database is unavailable. Try again shortly.", DATABASE_RETRY_AFTER_SECONDS);
            }
            if (DatabaseFailures.invalidData(t)) {
                return ApiException.tutoring(400, "errMsg_InvalidValue",
                        "A value in the request cannot be stored (too long, out of range or with invalid characters).");
            }
            if (t instanceof java.io.UnsupportedEncodingException || t instanceof java.nio.charset.UnsupportedCharsetException
                    || t instanceof java.nio.charset.IllegalCharsetNameException) {
                String type = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
                return ApiException.tutoring(415, "errMsg_UnsupportedMediaType",
                        "Unsupported media type \"" + (type == null ? "" : type) + "\" in request: unknown charset.");
            }
            if (t instanceof org.hibernate.exception.ConstraintViolationException) {
                return ApiException.tutoring(409, "errMsg_Conflict",
                        "The request conflicts with the current state of the data.");
            }
            if (t instanceof JsonParsingException || t instanceof JsonbException) {
                return ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - the request body is not valid JSON for this route.");
            }
            if (t instanceof NotSupportedException) {
                String type = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
                return ApiException.tutoring(415, "errMsg_UnsupportedMediaType",
                        "Unsupported media type \"" + (type == null ? "" : type) + "\" in request.");
            }
            if (t instanceof NotAllowedException) {
                return ApiException.tutoring(405, "errMsg_MethodNotAllowed", "Method not allowed.");
            }
            if (t instanceof WebApplicationException web) {
                int status = web.getResponse().getStatus();
                if (status == 404) {
                    return ApiException.tutoring(404, "errMsg_NotFound", "Not found.");
                }
                if (status == 400 && !(t.getCause() instanceof ProcessingException)) {
                    return ApiException.tutoring(400, "errMsg_BadRequest", "Malformed request.");
                }
                if (status < 500 && status != 400) {
                    return ApiException.tutoring(status, defaultKey(status), web.getResponse().getStatusInfo().getReasonPhrase());
                }
            }
            if (t instanceof ProcessingException) {
                return ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - the request body is not valid JSON for this route.");
            }
        }
        LOG.log(Level.SEVERE, "Unexpected failure, request id " + context.requestId(), thrown);
        return ApiException.tutoring(500, "errMsg_InternalError", "Internal server error");
    }

    /** The error body of {@code style}'s API: the DRF body as built, or the tutoring ERR envelope. */
    public static Map<String, Object> body(ApiException failure, ApiStyle style, String requestId) {
        return style == ApiStyle.TUTORING ? tutoringBody(failure, requestId) : failure.body();
    }

    private static Map<String, Object> tutoringBody(ApiException failure, String requestId) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", "ERR");
        body.put("status", failure.status());
        body.put("message", failure.errKey() != null ? failure.errKey() : defaultKey(failure.status()));
        body.put("errCode", failure.status());
        body.put("date", Instant.now().toString());
        body.put("detail", readable(failure));
        body.put("requestId", requestId);
        return body;
    }

    private static String readable(ApiException failure) {
        Object detail = failure.body().get("detail");
        if (detail == null) {
            detail = failure.body().get("error");
        }
        if (detail != null) {
            return detail.toString();
        }
        return failure.body().entrySet().stream()
                .map(e -> e.getKey() + ": " + (e.getValue() instanceof List<?> l ? String.join(" ", l.stream().map(String::valueOf).toList()) : e.getValue()))
                .reduce((a, b) -> a + "; " + b).orElse(failure.getMessage());
    }

    static String defaultKey(int status) {
        return switch (status) {
            case 400 -> "errMsg_ValidationFailed";
            case 401 -> "errMsg_NoLoginFound";
            case 403 -> "errMsg_NotAllowed";
            case 404 -> "errMsg_NotFound";
            case 405 -> "errMsg_MethodNotAllowed";
            case 409 -> "errMsg_Conflict";
            case 415 -> "errMsg_UnsupportedMediaType";
            case 429 -> "errMsg_TooManyRequests";
            case 503 -> "errMsg_ServiceUnavailable";
            default -> "errMsg_InternalError";
        };
    }
}
