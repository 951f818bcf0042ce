package com.edutrack.tutoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormInput;
import com.edutrack.tutoring.TutorCatalogForms.CoursePackForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.BookingForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.CleanupForm;
import com.edutrack.tutoring.TutoringEnrollmentForms.TutorBanForm;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The tutoring forms: a wrongly typed value is a malformed body; missing values are the rules' own keys. */
class TutoringFormsTest {
    private static final String PACK = "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static FormInput input(Map<String, JsonValue> values) {
        return FormInput.of(new LinkedHashMap<>(values), false);
    }

    @Test
    void aWellFormedBookingCarriesTypedValues() {
        BookingForm form = BookingForm.read(input(Map.of("coursePackId", Json.createValue(PACK),
                "lessonSlotIds", Json.createArrayBuilder().add(PACK).addNull().build(),
                "totalAmount", Json.createValue("120.50"), "currency", Json.createValue("USD"),
                "enrolledAt", Json.createValue("2026-01-05T10:00:00Z"))));
        form.validate();
        assertEquals(UUID.fromString(PACK), form.coursePackId());
        assertNull(form.tutorProfileId());
        // a null id stays in the list: the booking rule refuses it with errMsg_LessonSlotIdsAreNotValid
        assertEquals(Arrays.asList(UUID.fromString(PACK), null), form.lessonSlotIds());
        assertEquals(120.5, form.totalAmount());
    }

    @Test
    void wronglyTypedValuesAreOneMalformedBody() {
        BookingForm form = BookingForm.read(input(Map.of("coursePackId", Json.createValue("not-a-uuid"),
                "lessonSlotIds", Json.createValue(PACK), "totalAmount", Json.createValue("lots"),
                "enrolledAt", Json.createValue("yesterday"))));
        ApiException e = assertThrows(ApiException.class, form::validate);
        assertEquals(400, e.status());
        assertEquals("errMsg_MalformedJson", e.errKey());
        for (String field : new String[] {"coursePackId", "lessonSlotIds", "totalAmount", "enrolledAt"}) {
            assertTrue(e.getMessage().contains(field), e.getMessage());
        }
        CoursePackForm pack = CoursePackForm.read(input(Map.of("lessonCount", Json.createValue(2.5), "isActive", Json.createValue("maybe"))));
        assertEquals("errMsg_MalformedJson", assertThrows(ApiException.class, pack::validate).errKey());
    }

    @Test
    void requiredIdsHaveTheirOwnKeysAfterTheBodyIsWellFormed() {
        TutorBanForm missing = TutorBanForm.read(input(Map.of("reason", Json.createValue("no-shows"))));
        assertEquals("errMsg_TutorProfileIdIsRequired", assertThrows(ApiException.class, missing::requiredProfileId).errKey());
        TutorBanForm malformed = TutorBanForm.read(input(Map.of("tutorProfileId", Json.createValue(7))));
        assertEquals("errMsg_MalformedJson", assertThrows(ApiException.class, malformed::requiredProfileId).errKey());
        assertEquals(UUID.fromString(PACK), TutorBanForm.read(input(Map.of("tutorProfileId", Json.createValue(PACK)))).requiredProfileId());
    }

    @Test
    void cleanupFallsBackToTheConfiguredAge() {
        assertEquals(60, CleanupForm.read(input(Map.of())).maxAgeMinutes(60));
        assertEquals(5, CleanupForm.read(input(Map.of("maxAgeMinutes", Json.createValue(5)))).maxAgeMinutes(60));
        assertEquals(60, CleanupForm.read(input(Map.of("maxAgeMinutes", JsonValue.NULL))).maxAgeMinutes(60));
    }
}
