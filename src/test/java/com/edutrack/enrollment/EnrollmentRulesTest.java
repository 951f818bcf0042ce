package com.edutrack.enrollment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.enrollment.EnrollmentForms.BulkActionForm;
import com.edutrack.enrollment.EnrollmentForms.DecisionForm;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormInput;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

/** The enrollment state machine and the forms of the decision routes. */
class EnrollmentRulesTest {

    private static FormInput input(Map<String, Object> values) {
        return FormInput.of(new LinkedHashMap<>(values), false);
    }

    @Test
    void onlyAPendingRequestIsDecided() {
        CourseEnrollment e = new CourseEnrollment(null, null);
        assertEquals(EnrollmentStatus.pending, e.getStatus());
        e.decide(EnrollmentDecision.APPROVE, null, "welcome");
        assertEquals(EnrollmentStatus.approved, e.getStatus());
        assertEquals("welcome", e.getResponseNote());
        ApiException again = assertThrows(ApiException.class, () -> e.decide(EnrollmentDecision.REJECT, null, null));
        assertEquals("Cannot reject enrollment with status: approved", again.getMessage());
    }

    @Test
    void aRequestReopensOnlyAfterARejection() {
        CourseEnrollment e = new CourseEnrollment(null, null);
        assertThrows(ApiException.class, e::reopen);
        e.decide(EnrollmentDecision.REJECT, null, "full");
        e.reopen();
        assertEquals(EnrollmentStatus.pending, e.getStatus());
        assertNull(e.getResponseNote());
        assertNull(e.getRespondedAt());
    }

    @Test
    void bulkFormMessages() {
        BulkActionForm empty = BulkActionForm.read(input(Map.of()));
        assertEquals(Map.of("enrollment_ids", List.of("This field is required."), "action", List.of("This field is required.")),
                empty.errors().asMap());
        BulkActionForm none = BulkActionForm.read(input(Map.of("enrollment_ids", Json.createArrayBuilder().build(),
                "action", Json.createValue("maybe"))));
        assertEquals(Map.of("enrollment_ids", List.of("Ensure this field has at least 1 elements."),
                "action", List.of("\"maybe\" is not a valid choice.")), none.errors().asMap());
        BulkActionForm nulls = BulkActionForm.read(input(Map.of("enrollment_ids", JsonValue.NULL, "action", Json.createValue("reject"))));
        assertEquals(Map.of("enrollment_ids", List.of("This field may not be null.")), nulls.errors().asMap());
        BulkActionForm ok = BulkActionForm.read(input(Map.of("enrollment_ids", Json.createArrayBuilder().add(3).add(3).build(),
                "action", Json.createValue("reject"))));
        assertTrue(ok.errors().isEmpty());
        assertEquals(EnrollmentDecision.REJECT, ok.decision());
        assertEquals(List.of(3L, 3L), ok.enrollmentIds().value());
    }

    @Test
    void aBlankNoteIsNoNoteAndALongOneIsRefused() {
        assertNull(DecisionForm.read(input(Map.of("response_note", Json.createValue("   ")))).responseNote().value());
        DecisionForm tooLong = DecisionForm.read(input(Map.of("response_note", Json.createValue("x".repeat(1001)))));
        assertEquals(Map.of("response_note", List.of("Ensure this field has no more than 1000 characters.")), tooLong.errors().asMap());
    }
}
