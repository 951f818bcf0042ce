package com.edutrack.platform.security;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.enterprise.inject.spi.InjectionPoint;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.eclipse.microprofile.jwt.Claim;
import org.eclipse.microprofile.jwt.ClaimValue;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * MicroProfile JWT's injection points, served from the token {@link Authenticator} verified:
 * {@code @Inject JsonWebToken} (request scoped; empty for an anonymous request) and
 * {@code @Inject @Claim(...)} as String, Long/long, Boolean/boolean, Set&lt;String&gt;, Optional of
 * those, the JSON-P value types, and {@code ClaimValue<T>}, which reads the claim of the request in
 * flight on each call and so also fits application-scoped beans.
 */
@ApplicationScoped
public class TokenProducers {
    @Inject
    CurrentUser currentUser;

    @Produces
    @RequestScoped
    JsonWebToken caller() {
        return currentUser.token();
    }

    @Produces
    @Claim
    String string(InjectionPoint ip) {
        return (String) value(ip);
    }

    @Produces
    @Claim
    Long number(InjectionPoint ip) {
        return (Long) value(ip);
    }

    @Produces
    @Claim
    Boolean bool(InjectionPoint ip) {
        return (Boolean) value(ip);
    }

    @Produces
    @Claim
    @SuppressWarnings("unchecked")
    Set<String> strings(InjectionPoint ip) {
        return (Set<String>) value(ip);
    }

    @Produces
    @Claim
    Optional<String> optionalString(InjectionPoint ip) {
        return optional(value(ip));
    }

    @Produces
    @Claim
    Optional<Long> optionalNumber(InjectionPoint ip) {
        return optional(value(ip));
    }

    @Produces
    @Claim
    Optional<Set<String>> optionalStrings(InjectionPoint ip) {
        return optional(value(ip));
    }

    @Produces
    @Claim
    JsonValue json(InjectionPoint ip) {
        return (JsonValue) value(ip);
    }

    @Produces
    @Claim
    JsonString jsonString(InjectionPoint ip) {
        return (JsonString) value(ip);
    }

    @Produces
    @Claim
    JsonNumber jsonNumber(InjectionPoint ip) {
        return (JsonNumber) value(ip);
    }

    @Produces
    @Claim
    JsonArray jsonArray(InjectionPoint ip) {
        return (JsonArray) value(ip);
    }

    @Produces
    @Claim
    JsonObject jsonObject(InjectionPoint ip) {
        return (JsonObject) value(ip);
    }

    @Produces
    @Claim
    <T> ClaimValue<T> claimValue(InjectionPoint ip) {
        String name = claimName(ip);
        Type target = ((ParameterizedType) ip.getType()).getActualTypeArguments()[0];
        return new ClaimValue<>() {
            @Override
            public String getName() {
                return name;
            }

            @Override
            @SuppressWarnings("unchecked")
            public T getValue() {
                return (T) ClaimTypes.convert(currentUser.token().getClaim(name), target);
            }

            @Override
            public String toString() {
                return "ClaimValue[" + name + "]";
            }
        };
    }

    private Object value(InjectionPoint ip) {
        return ClaimTypes.convert(currentUser.token().getClaim(claimName(ip)), ip.getType());
    }

    static String claimName(InjectionPoint ip) {
        Claim claim = ip.getQualifiers().stream().filter(Claim.class::isInstance).map(Claim.class::cast).findFirst()
                .orElseThrow(() -> new IllegalStateException("no @Claim at " + ip));
        if (!claim.value().isEmpty()) {
            return claim.value();
        }
        if (claim.standard() == Claims.UNKNOWN) {
            throw new IllegalStateException("@Claim needs a name or a standard claim at " + ip);
        }
        return claim.standard().name();
    }

    @SuppressWarnings("unchecked")
    private static <T> Optional<T> optional(Object value) {
        return (Optional<T>) value;
    }
}
