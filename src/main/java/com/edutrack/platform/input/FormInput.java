package com.edutrack.platform.input;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.function.Function;

import com.edutrack.platform.errors.FieldErrors;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The reading side of a {@link Form}: typed getters over the raw body that record DRF's messages
 * instead of throwing. {@code partial} is true for PATCH, where required fields may be left out;
 * POST and PUT need them (a PUT that leaves out an optional field keeps its value, as DRF does).
 */
public final class FormInput {
    private final FormBody body;
    private final boolean partial;

    public FormInput(FormBody body, boolean partial) {
        this.body = body;
        this.partial = partial;
    }

    /** An input over decoded values, for tests and for nested objects. */
    public static FormInput of(java.util.Map<String, Object> values, boolean partial) {
        return new FormInput(FormBody.of(values), partial);
    }

    public FieldErrors errors() {
        return body.errors();
    }

    public boolean partial() {
        return partial;
    }

    public boolean has(String name) {
        return body.has(name);
    }

    public Read<String> text(String name) {
        return new Read<>(this, name, body.has(name) ? body.string(name) : null);
    }

    public Read<Long> integer(String name) {
        return new Read<>(this, name, body.has(name) ? body.integer(name) : null);
    }

    /** An integer within [min, max] (DRF's bound messages). */
    public Read<Integer> integer(String name, long min, long max) {
        Long value = body.has(name) ? body.integer(name) : null;
        return new Read<>(this, name, NumberFields.minMax(errors(), name, value, min, max));
    }

    public Read<BigDecimal> decimal(String name) {
        return new Read<>(this, name, body.has(name) ? body.decimal(name) : null);
    }

    /** A non-negative amount of numeric(10,2), scaled to two places. */
    public Read<BigDecimal> money(String name) {
        BigDecimal value = body.has(name) ? body.decimal(name) : null;
        return new Read<>(this, name, NumberFields.money(errors(), name, value));
    }

    public Read<Boolean> bool(String name) {
        return new Read<>(this, name, body.has(name) ? body.bool(name) : null);
    }

    public Read<LocalDate> date(String name) {
        return new Read<>(this, name, body.has(name) ? body.date(name) : null);
    }

    public Read<Instant> dateTime(String name) {
        return new Read<>(this, name, body.has(name) ? body.dateTime(name) : null);
    }

    public Read<List<Long>> integers(String name) {
        return new Read<>(this, name, body.has(name) ? body.integers(name) : null);
    }

    public Read<UploadedFile> file(String name) {
        return new Read<>(this, name, body.has(name) ? body.file(name) : null);
    }

    /** One of the given values (DRF's ChoiceField message otherwise). */
    public Read<String> choice(String name, Collection<String> allowed) {
        Read<String> read = text(name);
        String value = read.field().value();
        if (value != null && !allowed.contains(value)) {
            errors().add(name, "\"" + value + "\" is not a valid choice.");
            return new Read<>(this, name, null);
        }
        return read;
    }

    /**
     * A nested JSON object read with its own input (e.g. a quiz's {@code settings}); its errors are
     * reported under their own names, as the seed shows them. Absent or null: an empty input.
     */
    public FormInput object(String name) {
        JsonValue raw = body.json(name);
        if (raw instanceof JsonObject o) {
            return new FormInput(new FormBody(new LinkedHashMap<>(o), errors()), partial);
        }
        if (body.has(name) && raw != JsonValue.NULL) {
            errors().add(name, "Invalid data. Expected a dictionary of items.");
        }
        return new FormInput(new FormBody(new LinkedHashMap<>(), errors()), true);
    }

    /** The raw JSON of a nested structure a form reads itself (arrays of objects). */
    public JsonValue json(String name) {
        return body.json(name);
    }

    /** One field being read: checks run in order and stop at the first error of the field. */
    public static final class Read<T> {
        private final FormInput in;
        private final String name;
        private final boolean sent;
        private T value;

        Read(FormInput in, String name, T value) {
            this.in = in;
            this.name = name;
            this.sent = in.has(name);
            this.value = value;
        }

        private boolean failed() {
            return in.errors().has(name);
        }

        /**
         * Needed on POST and PUT; on PATCH only when sent. Null and (for text) blank are refused with
         * DRF's messages; text is trimmed.
         */
        public Read<T> required() {
            if (failed() || (in.partial && !sent)) {
                return this;
            }
            if (value == null) {
                in.errors().add(name, FieldErrors.REQUIRED);
            } else if (value instanceof String s) {
                if (s.isBlank()) {
                    in.errors().add(name, FieldErrors.BLANK);
                } else {
                    value = cast(s.trim());
                }
            }
            return this;
        }

        /** Sent as null is refused (DRF's message); absent stays absent. */
        public Read<T> notNull() {
            if (!failed() && sent && value == null) {
                in.errors().add(name, "This field may not be null.");
            }
            return this;
        }

        public Read<T> maxLength(int max) {
            if (!failed() && value instanceof String s && s.length() > max) {
                in.errors().add(name, "Ensure this field has no more than " + max + " characters.");
            }
            return this;
        }

        /** Blank text is stored as null. */
        public Read<T> blankToNull() {
            if (value instanceof String s && s.isBlank()) {
                value = null;
            }
            return this;
        }

        /** A rule of this form: when {@code ok} is false for a value, the message is recorded. */
        public Read<T> check(java.util.function.Predicate<? super T> ok, String message) {
            if (!failed() && value != null && !ok.test(value)) {
                in.errors().add(name, message);
            }
            return this;
        }

        public <R> Read<R> map(Function<? super T, ? extends R> mapper) {
            Read<R> mapped = new Read<>(in, name, value == null || failed() ? null : mapper.apply(value));
            return mapped;
        }

        /** The field as read: absent, or sent (value null when it was null or wrong). */
        public Field<T> field() {
            if (!sent) {
                return Field.absent();
            }
            return Field.of(failed() ? null : value);
        }

        /** The value (null when absent, null or wrong). */
        public T value() {
            return failed() ? null : value;
        }

        @SuppressWarnings("unchecked")
        private T cast(Object o) {
            return (T) o;
        }
    }
}
