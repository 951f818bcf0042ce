package com.edutrack.platform.json;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormBody;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

/**
 * Parses every JSON request body to its end before JSON-B binds it. Binding skips the properties
 * a record does not have, and the JSON parser's skip never returns on a document cut short inside
 * an array ({@code {"a": [1, 2,}): one such request kept a server thread spinning forever. A body
 * that is not well-formed JSON answers 400 here instead. ({@link FormBody} and {@link Form} bodies are
 * parsed whole by their own reader, and a {@code String} body is the route's own business.)
 */
@Provider
public class WellFormedJson implements ReaderInterceptor {
    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType type = context.getMediaType();
        boolean json = type != null && (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) || type.getSubtype().endsWith("+json"));
        if (!json || context.getType() == String.class || context.getType() == FormBody.class || Form.class.isAssignableFrom(context.getType())) {
            return context.proceed();
        }
        byte[] body = context.getInputStream().readAllBytes();
        if (body.length > 0) {
            try (JsonParser parser = Json.createParser(new ByteArrayInputStream(body))) {
                while (parser.hasNext()) {
                    parser.next();
                }
            } catch (JsonException e) {
                throw ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - the request body is not well-formed JSON.");
            }
        }
        context.setInputStream(new ByteArrayInputStream(body));
        return context.proceed();
    }
}
