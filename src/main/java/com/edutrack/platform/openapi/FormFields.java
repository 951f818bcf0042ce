package com.edutrack.platform.openapi;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.UploadedFile;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;

/**
 * A form's {@code Field<T>} is a Java detail (absent vs null vs value): on the wire it is just T.
 * The generator cannot see through it, so each form record's {@code Field<T>} components are
 * written here from the record itself: T's schema, plus what the component's own {@code @Schema}
 * says (description, nullable, bounds). Forms accept numbers and booleans as JSON values or as
 * the strings a multipart form sends.
 */
final class FormFields {
    private final Components components;

    FormFields(Components components) {
        this.components = components;
    }

    void apply(String schemaName, Class<?> form) {
        Schema schema = components.getSchemas() == null ? null : components.getSchemas().get(schemaName);
        if (schema == null || !form.isRecord()) {
            return;
        }
        addFields(schema, form, false);
        schema.setType(SchemaType.OBJECT);
    }

    /**
     * The record's {@code Field} components; a component that is itself a record of fields (a part
     * several forms share, e.g. the login fields of every staff form) is written flat, as the
     * client sends it. The generator never sees a part's components, so their {@code @Schema}
     * is read from the component itself.
     */
    private void addFields(Schema schema, Class<?> record, boolean part) {
        for (RecordComponent c : record.getRecordComponents()) {
            if (isPart(c.getType())) {
                addFields(schema, c.getType(), true);
                continue;
            }
            if (c.getType() != Field.class) {
                continue;
            }
            JsonbProperty named = c.getAccessor().getAnnotation(JsonbProperty.class);
            String name = named != null ? named.value() : c.getName();
            Type valueType = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
            Schema property = part ? declared(c) : schema.getProperties() == null ? null : schema.getProperties().get(name);
            schema.addProperty(name, merge(of(valueType), property));
        }
    }

    private static boolean isPart(Class<?> type) {
        return type.isRecord() && java.util.Arrays.stream(type.getRecordComponents()).anyMatch(c -> c.getType() == Field.class);
    }

    /** What a part's component declares with {@code @Schema} (the attributes {@link #merge} reads). */
    private static Schema declared(RecordComponent c) {
        org.eclipse.microprofile.openapi.annotations.media.Schema a =
                c.getAccessor().getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (a == null) {
            return null;
        }
        Schema s = OASFactory.createSchema();
        s.setDescription(a.description().isEmpty() ? null : a.description());
        s.setNullable(a.nullable() ? Boolean.TRUE : null);
        s.setMaxLength(a.maxLength() == Integer.MAX_VALUE ? null : a.maxLength());
        s.setMinLength(a.minLength() == 0 ? null : a.minLength());
        s.setEnumeration(a.enumeration().length == 0 ? null : List.of((Object[]) a.enumeration()));
        s.setExample(a.example().isEmpty() ? null : a.example());
        s.setFormat(a.format().isEmpty() ? null : a.format());
        s.setPattern(a.pattern().isEmpty() ? null : a.pattern());
        return s;
    }

    /** The schema of a Java type as the APIs write it: a $ref to a record's schema, arrays, scalars. */
    static Schema of(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw && Collection.class.isAssignableFrom(raw)) {
            return OASFactory.createSchema().type(SchemaType.ARRAY).items(of(p.getActualTypeArguments()[0]));
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return OASFactory.createSchema().type(SchemaType.OBJECT).additionalPropertiesSchema(of(p.getActualTypeArguments()[1]));
        }
        Class<?> c = (Class<?>) (type instanceof ParameterizedType p ? p.getRawType() : type);
        if (c == String.class) {
            return string();
        }
        if (c == Long.class || c == Integer.class) {
            return OASFactory.createSchema().type(SchemaType.INTEGER).format(c == Long.class ? "int64" : "int32");
        }
        if (c == BigDecimal.class) {
            // DRF's DecimalField takes "150.00" or 150
            return OASFactory.createSchema().anyOf(List.of(string().format("decimal").pattern("^-?\\d+(\\.\\d+)?$"),
                    OASFactory.createSchema().type(SchemaType.NUMBER)));
        }
        if (c == Double.class) {
            return OASFactory.createSchema().type(SchemaType.NUMBER);
        }
        if (c == Boolean.class) {
            return OASFactory.createSchema().type(SchemaType.BOOLEAN);
        }
        if (c == LocalDate.class) {
            return string().format("date");
        }
        if (c == Instant.class) {
            return string().format("date-time");
        }
        if (c == LocalTime.class) {
            return string().pattern("^\\d{2}:\\d{2}$");
        }
        if (c == UUID.class) {
            return string().format("uuid");
        }
        if (c == UploadedFile.class) {
            return string().format("binary");
        }
        if (c.isEnum()) {
            return string().enumeration(List.of((Object[]) enumNames(c)));
        }
        org.eclipse.microprofile.openapi.annotations.media.Schema named =
                c.getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        return ContractFilter.ref(named != null && !named.name().isEmpty() ? named.name() : c.getSimpleName());
    }

    private static String[] enumNames(Class<?> c) {
        Object[] constants = c.getEnumConstants();
        String[] names = new String[constants.length];
        for (int i = 0; i < constants.length; i++) {
            names[i] = constants[i].toString();
        }
        return names;
    }

    /** T's schema with the attributes the component declared on itself. */
    private static Schema merge(Schema value, Schema declared) {
        if (declared == null) {
            return value;
        }
        if (value.getRef() != null) {
            if (declared.getDescription() == null && !Boolean.TRUE.equals(declared.getNullable())) {
                return value;
            }
            return OASFactory.createSchema().allOf(List.of(value)).description(declared.getDescription()).nullable(declared.getNullable());
        }
        if (declared.getDescription() != null) {
            value.setDescription(declared.getDescription());
        }
        if (declared.getNullable() != null) {
            value.setNullable(declared.getNullable());
        }
        if (declared.getMaxLength() != null) {
            value.setMaxLength(declared.getMaxLength());
        }
        if (declared.getMinLength() != null) {
            value.setMinLength(declared.getMinLength());
        }
        if (declared.getMinimum() != null) {
            value.setMinimum(declared.getMinimum());
        }
        if (declared.getMaximum() != null) {
            value.setMaximum(declared.getMaximum());
        }
        if (declared.getEnumeration() != null && !declared.getEnumeration().isEmpty()) {
            value.setEnumeration(declared.getEnumeration());
        }
        if (declared.getExample() != null) {
            value.setExample(declared.getExample());
        }
        if (declared.getFormat() != null && value.getType() == SchemaType.STRING) {
            value.setFormat(declared.getFormat());
        }
        if (declared.getPattern() != null) {
            value.setPattern(declared.getPattern());
        }
        return value;
    }

    /** The generated {@code Field*} schemas say nothing once every form is written: removed. */
    void removeGenerated() {
        if (components.getSchemas() == null) {
            return;
        }
        List<String> generated = components.getSchemas().entrySet().stream()
                .filter(e -> "FormField".equals(e.getValue().getTitle())).map(Map.Entry::getKey).toList();
        generated.forEach(components::removeSchema);
    }

    private static Schema string() {
        return OASFactory.createSchema().type(SchemaType.STRING);
    }
}
