package com.edutrack.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jwt.JwtClaims;

/**
 * A verified access token as MicroProfile JWT's {@link JsonWebToken}: the caller's identity for
 * code that wants the standard API ({@code @Inject JsonWebToken}, {@code @Claim}). Claim values
 * follow the types of {@link Claims}: times as Long, {@code groups} and {@code aud} as sets of
 * strings, strings as String, anything else as a JSON-P value. {@link #ANONYMOUS} has no claims.
 */
public final class CallerToken implements JsonWebToken {
    public static final CallerToken ANONYMOUS = new CallerToken(null, new JwtClaims());

    private final String raw;
    private final JwtClaims claims;

    CallerToken(String raw, JwtClaims claims) {
        this.raw = raw;
        this.claims = claims;
    }

    @Override
    public String getName() {
        for (String name : List.of("upn", "preferred_username", "sub")) {
            Object value = claims.getClaimValue(name);
            if (value instanceof String s) {
                return s;
            }
        }
        return null;
    }

    @Override
    public Set<String> getClaimNames() {
        Set<String> names = new LinkedHashSet<>(claims.getClaimNames());
        if (raw != null) {
            names.add(Claims.raw_token.name());
        }
        return names;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T getClaim(String name) {
        if (Claims.raw_token.name().equals(name)) {
            return (T) raw;
        }
        Object value = claims.getClaimValue(name);
        if (value == null) {
            return null;
        }
        Claims standard = standard(name);
        if (standard != null && standard.getType() == Long.class && value instanceof Number n) {
            return (T) Long.valueOf(n.longValue());
        }
        if (standard != null && standard.getType() == Set.class) {
            return (T) strings(value);
        }
        if (value instanceof String) {
            return (T) value;
        }
        return (T) json(value);
    }

    @Override
    public String toString() {
        return "CallerToken[" + getName() + "]";
    }

    private static Claims standard(String name) {
        try {
            return Claims.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Set<String> strings(Object value) {
        Set<String> out = new LinkedHashSet<>();
        if (value instanceof Collection<?> c) {
            c.forEach(v -> out.add(String.valueOf(v)));
        } else {
            out.add(String.valueOf(value));
        }
        return Set.copyOf(out);
    }

    /** jose4j's parsed JSON (maps, lists, numbers, booleans) as JSON-P values. */
    static JsonValue json(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Long || value instanceof Integer) {
            return Json.createValue(((Number) value).longValue());
        }
        if (value instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder object = Json.createObjectBuilder();
            map.forEach((k, v) -> object.add(String.valueOf(k), json(v)));
            return object.build();
        }
        if (value instanceof Collection<?> list) {
            JsonArrayBuilder array = Json.createArrayBuilder();
            list.forEach(v -> array.add(json(v)));
            return array.build();
        }
        return Json.createValue(String.valueOf(value));
    }
}
