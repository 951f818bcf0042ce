package com.edutrack.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of lesson slots and preliminary meetings. */
public final class SchedulingForms {
    private SchedulingForms() {
    }

    @Schema(name = "LessonSlotForm", description = "A lesson slot. coursePackId, scheduledDate, scheduledTime, durationMinutes and "
            + "locationType are required on POST; on PATCH null or absent leaves a field as it is, and status may be set to available or "
            + "canceled (coursePackId cannot change).",
            example = "{\"coursePackId\": \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\", \"scheduledDate\": \"2026-02-01\", "
                    + "\"scheduledTime\": \"10:00\", \"durationMinutes\": 60, \"locationType\": \"online\"}")
    public record LessonSlotForm(@JsonbProperty("coursePackId") @Schema(nullable = true) UUID coursePackId,
                                 @JsonbProperty("scheduledDate") @Schema(nullable = true) LocalDate scheduledDate,
                                 @JsonbProperty("scheduledTime") @Schema(nullable = true, description = "HH:mm, 24 hours") String scheduledTime,
                                 @JsonbProperty("durationMinutes") @Schema(nullable = true, minimum = "1", maximum = "1440") Integer durationMinutes,
                                 @JsonbProperty("locationType") @Schema(nullable = true, enumeration = {"online", "inPerson"}) String locationType,
                                 @JsonbProperty("locationDetails") @Schema(nullable = true, maxLength = 500) String locationDetails,
                                 @JsonbProperty("status") @Schema(nullable = true, enumeration = {"available", "canceled"},
                                         description = "PATCH only") String status,
                                 @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static LessonSlotForm read(FormInput in) {
            return new LessonSlotForm(TutoringForm.uuid(in, "coursePackId"), in.date("scheduledDate").value(), in.text("scheduledTime").value(),
                    TutoringForm.wholeNumber(in, "durationMinutes"), in.text("locationType").value(), in.text("locationDetails").value(),
                    in.text("status").value(), in.errors());
        }
    }

    @Schema(name = "PreliminaryMeetingRequest", description = "A student asks for a screening meeting for a pack; both fields required.",
            example = "{\"coursePackId\": \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\", \"scheduledAt\": \"2026-01-10T15:00:00Z\"}")
    public record MeetingRequestForm(@JsonbProperty("coursePackId") @Schema(nullable = true) UUID coursePackId,
                                     @JsonbProperty("scheduledAt") @Schema(nullable = true) Instant scheduledAt,
                                     @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static MeetingRequestForm read(FormInput in) {
            return new MeetingRequestForm(TutoringForm.uuid(in, "coursePackId"), in.dateTime("scheduledAt").value(), in.errors());
        }
    }

    @Schema(name = "PreliminaryMeetingDecision", description = "The pack's tutor records the outcome; result is required.",
            example = "{\"result\": \"passed\", \"note\": \"ready\"}")
    public record MeetingDecisionForm(@JsonbProperty("result") @Schema(nullable = true, enumeration = {"passed", "failed"}) String result,
                                      @JsonbProperty("note") @Schema(nullable = true, maxLength = 2000) String note,
                                      @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static MeetingDecisionForm read(FormInput in) {
            return new MeetingDecisionForm(in.text("result").value(), in.text("note").value(), in.errors());
        }
    }
}
