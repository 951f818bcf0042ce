package com.edutrack.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.request.ApiStyle;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Reads a {@link Form} (or the raw {@link FormBody}) from JSON or multipart/form-data. Any other
 * content type has no reader, so JAX-RS answers 415; a body that is not a JSON object answers 400.
 * A form is built by its record's {@code public static X read(FormInput)}, partial for PATCH.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class FormBodyReader implements MessageBodyReader<Object> {
    private static final Type ENTITY_PARTS = new GenericType<List<EntityPart>>() { }.getType();
    private static final ClassValue<MethodHandle> READERS = new ClassValue<>() {
        @Override
        protected MethodHandle computeValue(Class<?> type) {
            try {
                return MethodHandles.publicLookup().findStatic(type, "read", MethodType.methodType(type, FormInput.class));
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(type.getName() + " needs public static " + type.getSimpleName() + " read(FormInput)", e);
            }
        }
    };

    @Context
    Providers providers;
    @Context
    Request request;
    @Context
    UriInfo uriInfo;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FormBody.class || Form.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        FormBody body = body(annotations, mediaType, httpHeaders, entityStream);
        if (FormBody.class.equals(type)) {
            return body;
        }
        try {
            return READERS.get(type).invoke(new FormInput(body, "PATCH".equals(request.getMethod())));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a form outside JAX-RS (a route that takes its body in parts, tests). */
    public static <F extends Form> F read(Class<F> type, FormInput input) {
        try {
            return type.cast(READERS.get(type).invoke(input));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    private FormBody body(Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, String> httpHeaders,
                          InputStream entityStream) throws IOException {
        if (mediaType.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            try {
                return multipart(annotations, mediaType, httpHeaders, entityStream);
            } catch (IOException | RuntimeException e) {
                // RESTEasy's multipart reader throws plain exceptions for a missing boundary or part headers.
                if (e instanceof ApiException api) {
                    throw api;
                }
                throw ApiException.tutoring(400, "errMsg_MalformedMultipart", "Multipart form parse error - the body is not valid multipart/form-data.");
            }
        }
        byte[] bytes = entityStream.readAllBytes();
        if (bytes.length == 0) {
            return new FormBody(new LinkedHashMap<>());
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new java.io.ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (jakarta.json.JsonException e) {
            throw ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - " + safe(e.getMessage()));
        }
        if (!(value instanceof JsonObject object)) {
            String message = "Invalid data. Expected a dictionary, but got " + kind(value) + ".";
            if (ApiStyle.of(uriInfo.getPath()) == ApiStyle.TUTORING) {
                // as the tutoring routes' JSON binding always read it: null is no body, anything else malformed
                if (value == JsonValue.NULL) {
                    return new FormBody(new LinkedHashMap<>());
                }
                throw ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - " + message);
            }
            throw ApiException.fields(Map.of("non_field_errors", List.of(message)));
        }
        return new FormBody(new LinkedHashMap<>(object));
    }

    @SuppressWarnings("unchecked")
    private FormBody multipart(Annotation[] annotations, MediaType mediaType, MultivaluedMap<String, String> headers, InputStream stream) throws IOException {
        MessageBodyReader<List<EntityPart>> reader = (MessageBodyReader<List<EntityPart>>) (MessageBodyReader<?>)
                providers.getMessageBodyReader((Class<List<EntityPart>>) (Class<?>) List.class, ENTITY_PARTS, annotations, mediaType);
        if (reader == null) {
            throw new IllegalStateException("No multipart reader available");
        }
        List<EntityPart> parts = reader.readFrom((Class<List<EntityPart>>) (Class<?>) List.class, ENTITY_PARTS, annotations, mediaType, headers, stream);
        Map<String, Object> values = new LinkedHashMap<>();
        for (EntityPart part : parts) {
            String name = part.getName();
            String fileName = part.getFileName().orElse(null);
            String disposition = part.getHeaders().getFirst("Content-Disposition");
            if (disposition != null && !java.nio.charset.StandardCharsets.US_ASCII.newEncoder().canEncode(disposition)) {
                Map<String, String> params = FormDataDisposition.parameters(disposition);
                name = params.getOrDefault("name", name);
                fileName = params.getOrDefault("filename", fileName);
            }
            Object value = fileName != null
                    ? UploadedFile.spool(fileName, part.getMediaType() == null ? null : part.getMediaType().toString(), part.getContent())
                    : new String(part.getContent().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            ((List<Object>) values.computeIfAbsent(name, n -> new ArrayList<>())).add(value);
        }
        return new FormBody(values);
    }

    private static String kind(JsonValue value) {
        return switch (value.getValueType()) {
            case ARRAY -> "list";
            case STRING -> "str";
            case NUMBER -> "int";
            case TRUE, FALSE -> "bool";
            default -> "NoneType";
        };
    }

    private static String safe(String message) {
        if (message == null) {
            return "invalid JSON";
        }
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

}
