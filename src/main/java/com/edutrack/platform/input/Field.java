package com.edutrack.platform.input;

import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One field of a request form: absent (not sent), sent as null, or sent with a value. A PATCH
 * changes only what was sent; a form keeps the three apart so that "clear the description"
 * (null) and "leave it" (absent) are different commands. In the OpenAPI document a field is
 * written as its value's schema (see {@code platform.openapi.ContractFilter}).
 */
@Schema(title = "FormField")
public final class Field<T> {
    private static final Field<?> ABSENT = new Field<>(false, null);

    private final boolean sent;
    private final T value;

    private Field(boolean sent, T value) {
        this.sent = sent;
        this.value = value;
    }

    @SuppressWarnings("unchecked")
    public static <T> Field<T> absent() {
        return (Field<T>) ABSENT;
    }

    /** Sent, with this value (null when the client sent null). */
    public static <T> Field<T> of(T value) {
        return new Field<>(true, value);
    }

    /** Whether the client sent the field (with a value or null). */
    public boolean sent() {
        return sent;
    }

    /** The value; null when absent or sent as null. Named for the OpenAPI document: a form field is written as its value. */
    @JsonbProperty("value")
    public T value() {
        return value;
    }

    public T orElse(T fallback) {
        return sent ? value : fallback;
    }

    /** Runs the action with the value when the field was sent (the value may be null). */
    public void ifSent(Consumer<? super T> action) {
        if (sent) {
            action.accept(value);
        }
    }

    /** Runs the action when the field was sent with a value that is not null. */
    public void ifValue(Consumer<? super T> action) {
        if (sent && value != null) {
            action.accept(value);
        }
    }

    public <R> Field<R> map(Function<? super T, ? extends R> mapper) {
        if (!sent) {
            return absent();
        }
        return of(value == null ? null : mapper.apply(value));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Field<?> f && f.sent == sent && Objects.equals(f.value, value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(sent, value);
    }

    @Override
    public String toString() {
        return sent ? "Field[" + value + "]" : "Field[absent]";
    }
}
