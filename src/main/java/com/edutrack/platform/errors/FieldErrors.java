package com.edutrack.platform.errors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Collects DRF-style field errors so that one 400 reports every bad field at once. */
public final class FieldErrors {
    public static final String REQUIRED = "This field is required.";
    public static final String BLANK = "This field may not be blank.";

    private final Map<String, List<String>> errors = new LinkedHashMap<>();

    public FieldErrors add(String field, String message) {
        errors.computeIfAbsent(field, f -> new ArrayList<>()).add(message);
        return this;
    }

    public boolean has(String field) {
        return errors.containsKey(field);
    }

    /** Required and not blank; returns whether the value is usable. */
    public boolean requireText(String field, String value) {
        if (value == null) {
            add(field, REQUIRED);
            return false;
        }
        if (value.isBlank()) {
            add(field, BLANK);
            return false;
        }
        return true;
    }

    public boolean require(String field, Object value) {
        if (value == null) {
            add(field, REQUIRED);
            return false;
        }
        return true;
    }

    public void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            add(field, "Ensure this field has no more than " + max + " characters.");
        }
    }

    /** The messages by field, in the order they were found (read-only). */
    public Map<String, List<String>> asMap() {
        return java.util.Collections.unmodifiableMap(errors);
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw ApiException.fields(errors);
        }
    }
}
