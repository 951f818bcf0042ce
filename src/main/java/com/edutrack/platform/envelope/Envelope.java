package com.edutrack.platform.envelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.json.CamelCaseJson;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The tutoring service's success envelope around one object or a list: status, statusCode,
 * timing and identity fields, {@code dataName} and the data under that name, {@code paging},
 * {@code filters} and {@code uiPermissions} for lists, in the order the guide shows. Built by
 * {@link Envelopes}; its OpenAPI schema is written per route from {@link Enveloped}.
 */
@CamelCaseJson
@JsonbTypeSerializer(EnvelopeSerializer.class)
public final class Envelope<T> {
    final Map<String, Object> head;
    final String dataName;
    final T data;
    final Paging paging;
    final Map<String, Object> extras = new LinkedHashMap<>();

    Envelope(Map<String, Object> head, String dataName, T data, Paging paging) {
        this.head = head;
        this.dataName = dataName;
        this.data = data;
        this.paging = paging;
    }

    /** The page window of a list: the guide's {@code paging} object. */
    public record Paging(int pageNumber, int pageRowCount, long totalRowCount, int pageCount) {
    }

    public T data() {
        return data;
    }

    public int status() {
        return (Integer) head.get("statusCode");
    }

    /** Set from the HTTP status the route answers with (see {@code RouteFilter}). */
    public void status(int status) {
        head.put("statusCode", status);
    }

    /** An extra top-level key beside the data (declared in the route's {@link Enveloped#extras()}). */
    public Envelope<T> with(String key, Object value) {
        extras.put(key, value);
        return this;
    }

    static List<Object> none() {
        return List.of();
    }
}
