package com.edutrack.platform.json;

import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.config.PropertyNamingStrategy;
import jakarta.json.bind.serializer.JsonbSerializer;
import jakarta.json.bind.serializer.SerializationContext;
import jakarta.json.stream.JsonGenerator;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/**
 * JSON for the two APIs. The school API (DRF) uses snake_case names and writes decimals as
 * strings with two places ({@code "150.00"}); the tutoring API (types under
 * {@code com.edutrack.tutoring} and its envelope) uses camelCase names and plain numbers. Both
 * write nulls, as the contracts show them.
 */
@Provider
public class JsonbProvider implements ContextResolver<Jsonb> {
    private static final Jsonb SCHOOL = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.LOWER_CASE_WITH_UNDERSCORES)
            .withNullValues(true)
            .withSerializers(new DecimalAsString()));
    private static final Jsonb TUTORING = JsonbBuilder.create(new JsonbConfig()
            .withPropertyNamingStrategy(PropertyNamingStrategy.IDENTITY)
            .withNullValues(true));

    @Override
    public Jsonb getContext(Class<?> type) {
        return isTutoring(type) ? TUTORING : SCHOOL;
    }

    public static Jsonb school() {
        return SCHOOL;
    }

    static boolean isTutoring(Class<?> type) {
        return type.getPackageName().startsWith("com.edutrack.tutoring") || type.isAnnotationPresent(CamelCaseJson.class);
    }

    /** DRF's DecimalField: a string with two decimal places. */
    public static final class DecimalAsString implements JsonbSerializer<BigDecimal> {
        @Override
        public void serialize(BigDecimal value, JsonGenerator generator, SerializationContext ctx) {
            generator.write(value.setScale(2, RoundingMode.HALF_UP).toPlainString());
        }
    }

    /** For {@link Type}-less callers that format a value the school API way. */
    public static String decimal(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
