package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A tutoring request form. The tutoring API has no field-error body: a value of the wrong JSON
 * type (a bad UUID, date or number) makes the body malformed, {@code 400 errMsg_MalformedJson},
 * before any rule runs, as its JSON binding always answered. Services call {@link #validate()}
 * first; missing values and rule breaks then answer their own {@code errMsg_} keys in the order
 * the service checks them. Absent and null are the same here: a tutoring PATCH changes what is
 * sent with a value.
 */
public interface TutoringForm extends Form {

    @Override
    default void validate() {
        if (!errors().isEmpty()) {
            throw ApiException.tutoring(400, "errMsg_MalformedJson", "JSON parse error - " + errors().asMap().entrySet().stream()
                    .map(e -> e.getKey() + ": " + String.join(" ", e.getValue())).reduce((a, b) -> a + "; " + b).orElse(""));
        }
    }

    /** {@code value} of a well-formed {@code form}; 400 with {@code errKey} when it is missing. */
    static <T> T required(TutoringForm form, T value, String errKey, String detail) {
        form.validate();
        if (value == null) {
            throw ApiException.tutoring(400, errKey, detail);
        }
        return value;
    }

    static UUID uuid(FormInput in, String name) {
        return in.text(name).check(TutoringForm::isUuid, "Must be a valid UUID.").map(UUID::fromString).value();
    }

    /** A JSON array of UUIDs; a null item is kept (the rule that reads the list refuses it with its own key). */
    static List<UUID> uuids(FormInput in, String name) {
        JsonValue raw = in.json(name);
        if (raw == null || raw == JsonValue.NULL) {
            return null;
        }
        if (!(raw instanceof JsonArray array)) {
            in.errors().add(name, "Expected a list of UUIDs.");
            return null;
        }
        List<UUID> ids = new ArrayList<>();
        for (JsonValue item : array) {
            if (item == JsonValue.NULL) {
                ids.add(null);
            } else if (item instanceof JsonString s && isUuid(s.getString())) {
                ids.add(UUID.fromString(s.getString()));
            } else {
                in.errors().add(name, "Must be a valid UUID.");
                return null;
            }
        }
        return ids;
    }

    /** A plain JSON number (or numeric string), as the tutoring wire carries amounts. */
    static Double number(FormInput in, String name) {
        return in.decimal(name).map(BigDecimal::doubleValue).value();
    }

    static Integer wholeNumber(FormInput in, String name) {
        return in.integer(name, Integer.MIN_VALUE, Integer.MAX_VALUE).value();
    }

    private static boolean isUuid(String text) {
        try {
            UUID.fromString(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
