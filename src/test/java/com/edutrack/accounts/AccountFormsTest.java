package com.edutrack.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.accounts.AuthForms.ChangePasswordForm;
import com.edutrack.accounts.StaffForms.AssistantForm;
import com.edutrack.accounts.StaffForms.TeacherForm;
import com.edutrack.accounts.StudentForms.RegistrationForm;
import com.edutrack.accounts.StudentForms.StudentAdminForm;
import com.edutrack.accounts.StudentForms.StudentProfileForm;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The account forms' own rules (no database): what each reads, and DRF's messages for what it refuses. */
class AccountFormsTest {
    private static final String REQUIRED = "This field is required.";
    private static final String MOBILE = "Enter a valid Egyptian mobile number (11 digits starting with 010, 011, 012 or 015).";

    private static FormInput input(boolean partial, Object... pairs) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            values.put((String) pairs[i], v == null ? JsonValue.NULL : v instanceof Number n ? Json.createValue(n.longValue())
                    : v instanceof Boolean b ? (b ? JsonValue.TRUE : JsonValue.FALSE) : Json.createValue((String) v));
        }
        return FormInput.of(values, partial);
    }

    private static Map<String, List<String>> errors(FieldErrors errors) {
        return errors.asMap();
    }

    private static Object[] registration(Object... overrides) {
        Map<String, Object> values = new LinkedHashMap<>();
        Object[] base = {"username", "ahmed.ali", "password", "good-pass-123", "password_confirm", "good-pass-123", "name_ar", "أحمد",
                "name_en", " Ahmed Ali ", "gmail", "ahmed@gmail.com", "phone_number", "01012345678", "gender", "male",
                "birth_date", "2008-05-01", "national_id", "30805010100123", "governorate", 1, "area", 2, "grade", 3};
        for (int i = 0; i < base.length; i += 2) {
            values.put((String) base[i], base[i + 1]);
        }
        for (int i = 0; i < overrides.length; i += 2) {
            values.put((String) overrides[i], overrides[i + 1]);
        }
        return values.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue())).toArray();
    }

    @Test
    void aCompleteRegistrationReadsWithoutErrorsAndTrimsText() {
        RegistrationForm form = RegistrationForm.read(input(false, registration("father_number", " 01112345678 ", "school_name", "  ")));
        assertTrue(form.errors().isEmpty(), form.errors().asMap().toString());
        assertEquals("Ahmed Ali", form.profile().nameEn().value());
        assertEquals(LocalDate.of(2008, 5, 1), form.profile().birthDate().value());
        assertEquals("01112345678", form.profile().fatherNumber().value());
        assertTrue(form.profile().schoolName().sent());
        assertNull(form.profile().schoolName().value(), "blank optional text is stored as null");
        assertFalse(form.profile().motherNumber().sent());
    }

    @Test
    void registrationRefusesEachBadFieldWithItsMessage() {
        assertEquals(Map.of("password_confirm", List.of("Passwords do not match.")),
                errors(RegistrationForm.read(input(false, registration("password_confirm", "other-pass-123"))).errors()));
        assertEquals(Map.of("password", List.of("This password is entirely numeric.")),
                errors(RegistrationForm.read(input(false, registration("password", "1234567890", "password_confirm", "1234567890"))).errors()));
        assertEquals(Map.of("password", List.of("The password is too similar to the username.")),
                errors(RegistrationForm.read(input(false, registration("password", "Ahmed.Ali", "password_confirm", "Ahmed.Ali"))).errors()));
        assertEquals(Map.of("national_id", List.of("National ID must be exactly 14 digits.")),
                errors(RegistrationForm.read(input(false, registration("national_id", "3080501010012X"))).errors()));
        assertEquals(Map.of("mother_number", List.of(MOBILE)),
                errors(RegistrationForm.read(input(false, registration("mother_number", "12345"))).errors()));
        assertEquals(Map.of("gender", List.of("\"\" is not a valid choice.")),
                errors(RegistrationForm.read(input(false, registration("gender", ""))).errors()));
        assertEquals(Map.of("username", List.of(AccountFields.BAD_USERNAME)),
                errors(RegistrationForm.read(input(false, registration("username", "has space"))).errors()));
        assertEquals(Map.of("division", List.of("Ensure this field has no more than 50 characters.")),
                errors(RegistrationForm.read(input(false, registration("division", "d".repeat(51)))).errors()));
    }

    @Test
    void everyRequiredRegistrationFieldIsReportedAtOnce() {
        FieldErrors errors = RegistrationForm.read(input(false)).errors();
        assertEquals(Set.of("username", "password", "password_confirm", "name_ar", "name_en", "gmail", "phone_number", "gender",
                "birth_date", "national_id", "grade", "governorate", "area"), errors.asMap().keySet());
        errors.asMap().values().forEach(messages -> assertEquals(List.of(REQUIRED), messages));
    }

    @Test
    void theProfileTakesOnlyWhatIsSentAndRefusesNullForRequiredFields() {
        StudentProfileForm form = StudentProfileForm.read(input(true, "school_name", "New School", "status", "active"));
        assertTrue(form.errors().isEmpty());
        assertEquals("New School", form.schoolName().value());
        assertFalse(form.nameEn().sent());
        assertFalse(form.governorate().sent());

        StudentProfileForm cleared = StudentProfileForm.read(input(true, "name_en", null, "father_number", null, "gender", "other"));
        assertEquals(Map.of("name_en", List.of(REQUIRED), "gender", List.of("\"other\" is not a valid choice.")), errors(cleared.errors()));
        assertTrue(cleared.fatherNumber().sent());
        assertNull(cleared.fatherNumber().value(), "an optional number may be cleared");
    }

    @Test
    void staffFormsRequireTheLoginFieldsOnPostAndPutButNotThePassword() {
        AssistantForm empty = AssistantForm.read(input(false));
        assertEquals(Set.of("username", "name", "phone", "gmail"), empty.errors().asMap().keySet(), "the password is the service's (create only)");
        assertFalse(empty.login().password().sent());

        AssistantForm patch = AssistantForm.read(input(true, "name", " ", "phone", "", "gender", " "));
        assertEquals(Map.of("name", List.of("This field may not be blank."), "phone", List.of("This field may not be blank.")), errors(patch.errors()));
        assertTrue(patch.gender().sent());
        assertNull(patch.gender().value(), "a blank gender means none for an assistant");

        TeacherForm teacher = TeacherForm.read(input(true, "gender", "", "phone", "0101234567", "secondary_phone", "", "is_active", "perhaps"));
        assertEquals(Map.of("gender", List.of("\"\" is not a valid choice."), "phone", List.of(MOBILE),
                "is_active", List.of("Must be a valid boolean.")), errors(teacher.errors()));
        assertNull(teacher.secondaryPhone().value());
    }

    @Test
    void passwordsAreNeverTrimmedAndAreCheckedAgainstTheUsername() {
        FieldErrors errors = new FieldErrors();
        AccountFields.password(errors, "password", Field.of("  spaced out  "), true, "someone");
        assertTrue(errors.isEmpty());
        AccountFields.password(errors, "password", Field.absent(), false, "someone");
        assertTrue(errors.isEmpty(), "an edit need not send a password");
        AccountFields.password(errors, "password", Field.of("short"), false, "someone");
        assertEquals(List.of("This password is too short. It must contain at least 8 characters."), errors.asMap().get("password"));
        FieldErrors blank = new FieldErrors();
        AccountFields.password(blank, "new_password", Field.of("   "), true, "someone");
        assertEquals(List.of("This field may not be blank."), blank.asMap().get("new_password"));

        ChangePasswordForm form = ChangePasswordForm.read(input(false, "new_password", "whatever-123"));
        assertEquals(Map.of("old_password", List.of(REQUIRED)), errors(form.errors()));
    }

    @Test
    void administrationChoicesUseDrfMessages() {
        StudentAdminForm form = StudentAdminForm.read(input(true, "status", "bogus", "can_access_course", false));
        assertEquals(Map.of("status", List.of("\"bogus\" is not a valid choice.")), errors(form.errors()));
        assertEquals(Boolean.FALSE, form.canAccessCourse().value());
        assertFalse(form.isActive().sent());
    }
}
