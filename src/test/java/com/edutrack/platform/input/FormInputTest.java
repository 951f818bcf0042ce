package com.edutrack.platform.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The reading rules every form shares: absent / null / value, required per method, DRF's messages. */
class FormInputTest {

    private static FormInput input(Map<String, Object> values, boolean partial) {
        return FormInput.of(new LinkedHashMap<>(values), partial);
    }

    @Test
    void absentNullAndValueAreThreeDifferentFields() {
        FormInput in = input(Map.of("description", JsonValue.NULL, "name", Json.createValue("x")), true);
        Field<String> absent = in.text("title").field();
        Field<String> cleared = in.text("description").field();
        Field<String> named = in.text("name").field();
        assertFalse(absent.sent());
        assertTrue(cleared.sent());
        assertNull(cleared.value());
        assertEquals("x", named.value());
        assertTrue(in.errors().isEmpty());
    }

    @Test
    void requiredOnPostAndPutButOnlyWhenSentOnPatch() {
        FormInput full = input(Map.of(), false);
        full.text("name").required();
        assertEquals(List.of("This field is required."), full.errors().asMap().get("name"));

        FormInput patch = input(Map.of(), true);
        assertFalse(patch.text("name").required().field().sent());
        assertTrue(patch.errors().isEmpty());

        FormInput blank = input(Map.of("name", Json.createValue("  ")), true);
        blank.text("name").required();
        assertEquals(List.of("This field may not be blank."), blank.errors().asMap().get("name"));
    }

    @Test
    void requiredTextIsTrimmedAndLengthIsChecked() {
        FormInput in = input(Map.of("name", Json.createValue("  Algebra  "), "code", Json.createValue("toolong")), false);
        assertEquals("Algebra", in.text("name").required().value());
        assertNull(in.text("code").maxLength(3).value());
        assertEquals(List.of("Ensure this field has no more than 3 characters."), in.errors().asMap().get("code"));
    }

    @Test
    void everyBadFieldIsCollectedBeforeOneFailure() {
        FormInput in = input(Map.of("order", Json.createValue("x"), "is_active", Json.createValue("maybe"),
                "price", Json.createValue("1.234")), false);
        in.integer("order");
        in.bool("is_active");
        in.money("price");
        assertEquals(3, in.errors().asMap().size());
        assertEquals(List.of("A valid integer is required."), in.errors().asMap().get("order"));
        assertEquals(List.of("Must be a valid boolean."), in.errors().asMap().get("is_active"));
        assertEquals(List.of("Ensure that there are no more than 2 decimal places."), in.errors().asMap().get("price"));
        assertThrows(ApiException.class, () -> in.errors().throwIfAny());
    }

    @Test
    void boundsAndChoicesUseDrfMessages() {
        FormInput in = input(Map.of("days", Json.createValue(400), "status", Json.createValue("lost")), false);
        assertNull(in.integer("days", 1, 365).value());
        assertNull(in.choice("status", List.of("pending", "approved")).value());
        assertEquals(List.of("Ensure this value is less than or equal to 365."), in.errors().asMap().get("days"));
        assertEquals(List.of("\"lost\" is not a valid choice."), in.errors().asMap().get("status"));
    }

    @Test
    void aNestedObjectReportsUnderItsOwnNames() {
        FormInput in = input(Map.of("settings", Json.createObjectBuilder().add("timer_minutes", "soon").build()), false);
        in.object("settings").integer("timer_minutes");
        assertEquals(List.of("A valid integer is required."), in.errors().asMap().get("timer_minutes"));
    }
}
