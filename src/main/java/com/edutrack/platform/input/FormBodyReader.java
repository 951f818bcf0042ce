package com.edutrack.platform.input;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
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
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.Providers;

/**
 * Reads {@link FormBody} from JSON or multipart/form-data. Any other content type has no reader,
 * so JAX-RS answers 415; a body that is not a JSON object answers 400.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class FormBodyReader implements MessageBodyReader<FormBody> {
    private static final Type ENTITY_PARTS = new GenericType<List<EntityPart>>() { }.getType();

    @Context
    Providers providers;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == FormBody.class;
    }

    @Override
    public FormBody readFrom(Class<FormBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                             MultivaluedMap<String, String> httpHeaders, InputStream entityStream) throws IOException {
        if (mediaType.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE)) {
            return multipart(annotations, mediaType, httpHeaders, entityStream);
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
            throw ApiException.fields(Map.of("non_field_errors", List.of("Invalid data. Expected a dictionary, but got " + kind(value) + ".")));
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
