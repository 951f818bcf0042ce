package com.edutrack.platform.envelope;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.json.CamelCaseJson;
import jakarta.json.bind.annotation.JsonbTypeSerializer;

/**
 * The tutoring service's success envelope: status, statusCode, timing and identity fields,
 * {@code dataName} and the object (or list) under that name, {@code paging} for lists. Built by
 * {@link Envelopes}; written in the order the guide shows.
 */
@CamelCaseJson
@JsonbTypeSerializer(EnvelopeSerializer.class)
public final class Envelope {
    final Map<String, Object> fields = new LinkedHashMap<>();
    private int status;

    Envelope(int status) {
        this.status = status;
    }

    Envelope put(String key, Object value) {
        fields.put(key, value);
        return this;
    }

    public int status() {
        return status;
    }

    public Map<String, Object> fields() {
        return fields;
    }

    /** Extra top-level keys some routes carry beside the data object (e.g. {@code paymentResult}). */
    public Envelope with(String key, Object value) {
        Object filters = fields.remove("filters");
        Object ui = fields.remove("uiPermissions");
        fields.put(key, value);
        if (filters != null) {
            fields.put("filters", filters);
        }
        if (ui != null) {
            fields.put("uiPermissions", ui);
        }
        return this;
    }

    static List<Object> none() {
        return List.of();
    }
}
