package com.edutrack.platform.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.edutrack.platform.errors.FieldErrors;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A request body as named fields, read the same way from JSON and from multipart/form-data, with
 * DRF's field messages for values of the wrong type. Getters record a field error and return null
 * instead of throwing, so one 400 can list every bad field ({@link #errors()}).
 */
public final class FormBody {
    private static final Set<String> TRUE = Set.of("true", "1", "yes", "on");
    private static final Set<String> FALSE = Set.of("false", "0", "no", "off");

    private final Map<String, Object> values;
    private final FieldErrors errors;

    FormBody(Map<String, Object> values) {
        this(values, new FieldErrors());
    }

    /** A body whose problems go to an existing collector (a nested object of a form). */
    FormBody(Map<String, Object> values, FieldErrors errors) {
        this.values = values;
        this.errors = errors;
    }

    public static FormBody of(Map<String, Object> values) {
        return new FormBody(new LinkedHashMap<>(values));
    }

    public FieldErrors errors() {
        return errors;
    }

    public boolean has(String field) {
        return values.containsKey(field);
    }

    private Object raw(String field) {
        Object value = values.get(field);
        if (value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof List<?> list && list.size() == 1 && !(list.get(0) instanceof JsonValue)) {
            return list.get(0);
        }
        return value;
    }

    private static String scalar(Object value) {
        if (value instanceof JsonString s) {
            return s.getString();
        }
        if (value instanceof JsonNumber n) {
            return n.toString();
        }
        if (value == JsonValue.TRUE) {
            return "true";
        }
        if (value == JsonValue.FALSE) {
            return "false";
        }
        if (value instanceof String s) {
            return s;
        }
        return null;
    }

    public String string(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        String text = scalar(value);
        if (text == null) {
            errors.add(field, "Not a valid string.");
        }
        return text;
    }

    /** A required, non-blank string, trimmed. */
    public String requiredString(String field) {
        String value = string(field);
        if (!errors.has(field)) {
            errors.requireText(field, value);
        }
        return value == null ? null : value.trim();
    }

    public Long integer(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        String text = scalar(value);
        if (value == JsonValue.TRUE || value == JsonValue.FALSE || text == null || text.isBlank()) {
            errors.add(field, "A valid integer is required.");
            return null;
        }
        try {
            return new BigDecimal(text.trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            errors.add(field, "A valid integer is required.");
            return null;
        }
    }

    public Long requiredInteger(String field) {
        Long value = integer(field);
        if (!errors.has(field)) {
            errors.require(field, value);
        }
        return value;
    }

    public BigDecimal decimal(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        String text = scalar(value);
        try {
            if (text == null || value == JsonValue.TRUE || value == JsonValue.FALSE) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            errors.add(field, "A valid number is required.");
            return null;
        }
    }

    public Boolean bool(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        String text = scalar(value);
        if (text != null && TRUE.contains(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (text != null && FALSE.contains(text.toLowerCase(Locale.ROOT))) {
            return false;
        }
        errors.add(field, "Must be a valid boolean.");
        return null;
    }

    public LocalDate date(String field) {
        String text = string(field);
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            errors.add(field, "Date has wrong format. Use one of these formats instead: YYYY-MM-DD.");
            return null;
        }
    }

    public Instant dateTime(String field) {
        String text = string(field);
        if (text == null || errors.has(field)) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(text.trim());
            } catch (DateTimeParseException again) {
                errors.add(field, "Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].");
                return null;
            }
        }
    }

    /** A list of integers: a JSON array, repeated multipart fields, or one comma-separated value. */
    public List<Long> integers(String field) {
        Object value = values.get(field);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        List<?> items;
        if (value instanceof jakarta.json.JsonArray array) {
            items = array;
        } else if (value instanceof List<?> list) {
            items = list.size() == 1 && list.get(0) instanceof String s && s.contains(",") ? List.of(s.split(",")) : list;
        } else {
            errors.add(field, "Expected a list of items but got type \"" + typeName(value) + "\".");
            return null;
        }
        List<Long> result = new ArrayList<>();
        for (Object item : items) {
            String text = scalar(item);
            try {
                if (text == null || item == JsonValue.TRUE || item == JsonValue.FALSE) {
                    throw new NumberFormatException();
                }
                result.add(new BigDecimal(text.trim()).longValueExact());
            } catch (ArithmeticException | NumberFormatException e) {
                errors.add(field, "A valid integer is required.");
                return null;
            }
        }
        return result;
    }

    /** The raw JSON value (objects and arrays), for nested structures a feature reads itself. */
    public JsonValue json(String field) {
        Object value = values.get(field);
        return value instanceof JsonValue json ? json : null;
    }

    public UploadedFile file(String field) {
        Object value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof UploadedFile file) {
            return file;
        }
        if (value instanceof String s && s.isEmpty()) {
            return null;
        }
        errors.add(field, "The submitted data was not a file. Check the encoding type on the form.");
        return null;
    }

    private static String typeName(Object value) {
        if (value instanceof JsonString || value instanceof String) {
            return "str";
        }
        if (value instanceof JsonNumber) {
            return "int";
        }
        if (value instanceof jakarta.json.JsonObject) {
            return "dict";
        }
        return "bool";
    }
}
