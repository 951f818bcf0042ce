package com.edutrack.platform.openapi;

import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.edutrack.platform.envelope.Enveloped;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents a tutoring route's envelope: the route returns {@code Envelope<T>}; the written
 * envelope carries T under the route's data name, beside the head keys, and
 * {@code paging}/{@code filters}/{@code uiPermissions} for lists.
 */
final class EnvelopeSchemas {
    private final Components components;
    private final Set<String> raw = new HashSet<>();

    EnvelopeSchemas(Components components) {
        this.components = components;
        components.addSchema("EnvelopePaging", object()
                .addProperty("pageNumber", integer().description("0 when every row was asked for (pageNumber=0)"))
                .addProperty("pageRowCount", integer())
                .addProperty("totalRowCount", integer())
                .addProperty("pageCount", integer())
                .required(List.of("pageNumber", "pageRowCount", "totalRowCount", "pageCount")));
    }

    /**
     * The data's schema comes from the route's return type {@code Envelope<T>} (or, for a route
     * that answers one of several envelopes, from each {@link Enveloped#type()}): the generator
     * documents the envelope class itself as a bare object, since a JSON-B serializer writes it.
     */
    void apply(Operation operation, Method method, Enveloped[] shapes, boolean list) {
        if (!(method.getGenericReturnType() instanceof ParameterizedType returned)) {
            return;
        }
        List<Schema> envelopes = new ArrayList<>();
        for (Enveloped enveloped : shapes) {
            Type type = enveloped.type() != Void.class ? enveloped.type() : returned.getActualTypeArguments()[0];
            if (!(type instanceof Class<?> || type instanceof ParameterizedType)) {
                continue;
            }
            Schema data = FormFields.of(type);
            boolean many = data.getType() == SchemaType.ARRAY || list;
            String name = name(enveloped, many);
            if (components.getSchemas().get(name) == null) {
                components.addSchema(name, envelope(enveloped, data, many));
            }
            envelopes.add(ContractFilter.ref(name));
        }
        if (envelopes.isEmpty()) {
            return;
        }
        Schema answer = envelopes.size() == 1 ? envelopes.get(0) : OASFactory.createSchema().oneOf(envelopes);
        for (String code : operation.getResponses().getAPIResponses().keySet()) {
            APIResponse response = operation.getResponses().getAPIResponse(code);
            if (!code.startsWith("2") || response.getContent() == null) {
                continue;
            }
            for (MediaType media : response.getContent().getMediaTypes().values()) {
                resolve(media.getSchema());
                media.setSchema(answer);
            }
        }
    }

    /** Notes the generated {@code Envelope<T>} schema a response points at, for {@link #removeRaw()}. */
    private void resolve(Schema schema) {
        if (schema != null && schema.getRef() != null) {
            raw.add(schema.getRef().substring(schema.getRef().lastIndexOf('/') + 1));
        }
    }

    /** The raw {@code Envelope<T>} schemas are replaced by the named envelopes. */
    void removeRaw() {
        raw.forEach(components::removeSchema);
    }

    private static String name(Enveloped enveloped, boolean many) {
        StringBuilder name = new StringBuilder();
        for (String part : enveloped.value().split("_")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        for (Enveloped.Extra extra : enveloped.extras()) {
            name.append("With").append(Character.toUpperCase(extra.name().charAt(0))).append(extra.name().substring(1));
        }
        return name.append(many ? "ListEnvelope" : "Envelope").toString();
    }

    private Schema envelope(Enveloped enveloped, Schema data, boolean many) {
        Schema s = object().description("The tutoring envelope with the " + (many ? "rows" : "object") + " under \""
                + enveloped.value() + "\".");
        s.addProperty("status", string().enumeration(List.of("OK")));
        s.addProperty("statusCode", integer());
        s.addProperty("elapsedMs", integer());
        s.addProperty("ssoTime", integer());
        s.addProperty("source", string());
        s.addProperty("cacheKey", string().nullable(true));
        s.addProperty("userId", string().format("uuid").nullable(true));
        s.addProperty("sessionId", string().nullable(true));
        s.addProperty("requestId", string());
        s.addProperty("dataName", string().enumeration(List.of(enveloped.value())));
        s.addProperty("method", string());
        s.addProperty("action", string().enumeration(List.of("create", "get", "list", "update", "delete")));
        s.addProperty("appVersion", string());
        s.addProperty("rowCount", integer());
        s.addProperty(enveloped.value(), many && data.getType() != SchemaType.ARRAY
                ? OASFactory.createSchema().type(SchemaType.ARRAY).items(data) : data);
        for (Enveloped.Extra extra : enveloped.extras()) {
            // by the type's schema name: its @Schema(name), else its simple name (as the generator names it)
            Schema type = FormFields.of(extra.type());
            s.addProperty(extra.name(), extra.nullable() ? OASFactory.createSchema().nullable(true).allOf(List.of(type)) : type);
        }
        if (many) {
            s.addProperty("paging", ContractFilter.ref("EnvelopePaging"));
            s.addProperty("filters", OASFactory.createSchema().type(SchemaType.ARRAY).items(object()));
            s.addProperty("uiPermissions", OASFactory.createSchema().type(SchemaType.ARRAY).items(object()));
        }
        s.setRequired(List.copyOf(s.getProperties().keySet()));
        return s;
    }

    private static Schema object() {
        return OASFactory.createSchema().type(SchemaType.OBJECT);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }

    private static Schema integer() {
        return OASFactory.createSchema().type(SchemaType.INTEGER);
    }
}
