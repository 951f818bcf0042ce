package com.edutrack.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.request.ApiStyle;
import com.edutrack.platform.errors.ErrorMapper;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error page (web.xml) for requests the web container refuses before JAX-RS sees them: a
 * request path with a malformed percent escape or bytes that are not UTF-8. Answers 400 in the
 * error format of the API the path belongs to, like {@link ErrorMapper} does for everything else.
 */
@WebServlet(urlPatterns = "/__container-error")
public class ContainerErrorServlet extends HttpServlet {
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = original != null ? original.toString() : request.getRequestURI();
        ApiException failure = ApiException.tutoring(400, "errMsg_MalformedUrl",
                "The request path has a malformed percent escape or is not valid UTF-8 once decoded.");
        String requestId = request.getHeader(RequestStartFilter.REQUEST_ID_HEADER);
        if (requestId == null || requestId.isBlank() || requestId.length() > 100) {
            requestId = UUID.randomUUID().toString();
        }
        response.setStatus(failure.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader(RequestStartFilter.REQUEST_ID_HEADER, requestId);
        response.getWriter().write(JSON.toJson(ErrorMapper.body(failure, ApiStyle.of(path == null ? "/" : path), requestId)));
    }
}
