package com.edutrack.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.commerce.CommerceForms.CodeBatchForm;
import com.edutrack.commerce.CommerceForms.DepositForm;
import com.edutrack.commerce.CommerceForms.RedeemForm;
import com.edutrack.commerce.CommerceForms.ReopenForm;
import com.edutrack.platform.input.FormInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The money forms: DRF's messages, the 0.01 minimum, and reopen's required days on PATCH. */
class CommerceFormsTest {

    private static FormInput input(Map<String, Object> values, boolean partial) {
        return FormInput.of(new LinkedHashMap<>(values), partial);
    }

    private static Map<String, List<String>> errors(DepositForm form) {
        return form.errors().asMap();
    }

    @Test
    void depositNeedsStudentCourseAndAnAmountOfAtLeastOneCent() {
        DepositForm empty = DepositForm.read(input(Map.of(), false));
        assertEquals(List.of("student_id", "course_id", "amount"), List.copyOf(errors(empty).keySet()));
        errors(empty).values().forEach(m -> assertEquals(List.of("This field is required."), m));

        for (var bad : Map.of("0", "Ensure this value is greater than or equal to 0.01.",
                "-5", "Ensure this value is greater than or equal to 0.01.",
                "0.001", "Ensure that there are no more than 2 decimal places.",
                "12345678901", "Ensure that there are no more than 10 digits in total.",
                "abc", "A valid number is required.").entrySet()) {
            DepositForm form = DepositForm.read(input(Map.of("student_id", Json.createValue("7"), "course_id", Json.createValue(1),
                    "amount", Json.createValue(bad.getKey())), false));
            assertEquals(Map.of("amount", List.of(bad.getValue())), errors(form), bad.getKey());
        }
    }

    @Test
    void depositTrimsTheStudentReferenceScalesTheAmountAndDropsABlankReason() {
        DepositForm form = DepositForm.read(input(Map.of("student_id", Json.createValue(" STU-1 "), "course_id", Json.createValue("3"),
                "amount", Json.createValue(4.5), "reason", Json.createValue("  ")), false));
        assertTrue(form.errors().isEmpty());
        assertEquals("STU-1", form.student().value());
        assertEquals(3L, form.course().value());
        assertEquals(new BigDecimal("4.50"), form.amount().value());
        assertNull(form.reason().value());
    }

    @Test
    void codeBatchBoundsAndOptionalCourse() {
        CodeBatchForm zero = CodeBatchForm.read(input(Map.of("count", Json.createValue(0), "amount", Json.createValue("5")), false));
        assertEquals(Map.of("count", List.of("Ensure this value is greater than or equal to 1.")), zero.errors().asMap());
        CodeBatchForm many = CodeBatchForm.read(input(Map.of("count", Json.createValue(501), "amount", Json.createValue("5")), false));
        assertEquals(Map.of("count", List.of("Ensure this value is less than or equal to 500.")), many.errors().asMap());
        CodeBatchForm ok = CodeBatchForm.read(input(Map.of("count", Json.createValue(2), "amount", Json.createValue("5"),
                "course", JsonValue.NULL), false));
        assertTrue(ok.errors().isEmpty());
        assertNull(ok.course().value());
    }

    @Test
    void redeemTrimsTheCodeAndLimitsItsLength() {
        RedeemForm form = RedeemForm.read(input(Map.of("code", Json.createValue(" abcd "), "course", Json.createValue(2)), false));
        assertEquals("abcd", form.code().value());
        RedeemForm tooLong = RedeemForm.read(input(Map.of("code", Json.createValue("X".repeat(41)), "course", Json.createValue(2)), false));
        assertEquals(Map.of("code", List.of("Ensure this field has no more than 40 characters.")), tooLong.errors().asMap());
    }

    @Test
    void reopenRequiresDaysEvenOnPatch() {
        ReopenForm none = ReopenForm.read(input(Map.of(), true));
        assertEquals(Map.of("extra_days", List.of("This field is required.")), none.errors().asMap());
        ReopenForm zero = ReopenForm.read(input(Map.of("extra_days", Json.createValue(0)), true));
        assertEquals(Map.of("extra_days", List.of("Ensure this value is greater than or equal to 1.")), zero.errors().asMap());
        ReopenForm year = ReopenForm.read(input(Map.of("extra_days", Json.createValue(366)), true));
        assertEquals(Map.of("extra_days", List.of("Ensure this value is less than or equal to 365.")), year.errors().asMap());
        ReopenForm ok = ReopenForm.read(input(Map.of("extra_days", Json.createValue(5), "note", Json.createValue("ill")), true));
        assertTrue(ok.errors().isEmpty());
        assertEquals(5, ok.extraDays().value());
        assertEquals("ill", ok.note().value());
    }
}
