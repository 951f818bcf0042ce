package com.edutrack.platform.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/** Turns a claim value of {@link CallerToken} into the type an {@code @Claim} injection point asks for. */
final class ClaimTypes {
    private ClaimTypes() {
    }

    static Object convert(Object value, Type target) {
        if (target instanceof ParameterizedType p) {
            Type raw = p.getRawType();
            if (raw == Optional.class) {
                return Optional.ofNullable(convert(value, p.getActualTypeArguments()[0]));
            }
            if (raw == Set.class) {
                return value == null ? null : strings(value);
            }
            return value;
        }
        if (value == null) {
            return null;
        }
        if (target == String.class) {
            return value instanceof JsonString s ? s.getString() : value instanceof JsonValue v ? v.toString() : String.valueOf(value);
        }
        if (target == Long.class || target == long.class) {
            if (value instanceof JsonNumber n) {
                return n.longValue();
            }
            return value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value));
        }
        if (target == Boolean.class || target == boolean.class) {
            return value instanceof Boolean b ? b : JsonValue.TRUE.equals(value) || "true".equals(value);
        }
        if (target instanceof Class<?> c && JsonValue.class.isAssignableFrom(c)) {
            return c.cast(json(value));
        }
        return value;
    }

    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof JsonArray array) {
            array.forEach(v -> out.add(v instanceof JsonString s ? s.getString() : v.toString()));
        } else if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(value instanceof JsonString s ? s.getString() : String.valueOf(value));
        }
        return Set.copyOf(out);
    }

    private static JsonValue json(Object value) {
        if (value instanceof JsonValue v) {
            return v;
        }
        if (value instanceof String s) {
            return Json.createValue(s);
        }
        if (value instanceof Collection<?> c) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            c.forEach(v -> array.add(String.valueOf(v)));
            return array.build();
        }
        return CallerToken.json(value);
    }
}
