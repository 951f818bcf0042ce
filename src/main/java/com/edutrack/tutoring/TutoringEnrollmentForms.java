package com.edutrack.tutoring;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of booking and of the admin routes that move enrollments. */
public final class TutoringEnrollmentForms {
    private TutoringEnrollmentForms() {
    }

    @Schema(name = "TutoringEnrollmentForm", description = "A booking. coursePackId, tutorProfileId, lessonSlotIds, totalAmount and currency "
            + "are required; totalAmount and currency must equal the pack's (the server's values are stored). refundStatus may only be "
            + "notRequested; enrolledAt is accepted and ignored (set when the payment goes through).",
            example = "{\"coursePackId\": \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\", \"tutorProfileId\": \"7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b\", "
                    + "\"lessonSlotIds\": [\"9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"], \"totalAmount\": 120.5, \"currency\": \"USD\", "
                    + "\"refundStatus\": \"notRequested\"}")
    public record BookingForm(@JsonbProperty("coursePackId") @Schema(nullable = true) UUID coursePackId,
                              @JsonbProperty("tutorProfileId") @Schema(nullable = true) UUID tutorProfileId,
                              @JsonbProperty("lessonSlotIds") @Schema(nullable = true, description = "Exactly lessonCount distinct slots of the pack")
                              List<UUID> lessonSlotIds,
                              @JsonbProperty("totalAmount") @Schema(nullable = true) Double totalAmount,
                              @JsonbProperty("currency") @Schema(nullable = true, pattern = "^[A-Za-z]{3}$") String currency,
                              @JsonbProperty("refundStatus") @Schema(nullable = true, enumeration = {"notRequested"}) String refundStatus,
                              @JsonbProperty("enrolledAt") @Schema(nullable = true) Instant enrolledAt,
                              @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static BookingForm read(FormInput in) {
            return new BookingForm(TutoringForm.uuid(in, "coursePackId"), TutoringForm.uuid(in, "tutorProfileId"),
                    TutoringForm.uuids(in, "lessonSlotIds"), TutoringForm.number(in, "totalAmount"), in.text("currency").value(),
                    in.text("refundStatus").value(), in.dateTime("enrolledAt").value(), in.errors());
        }
    }

    @Schema(name = "TutoringCancelForm", description = "Why the admin cancels; optional.", example = "{\"cancelReason\": \"tutor unavailable\"}")
    public record CancelForm(@JsonbProperty("cancelReason") @Schema(nullable = true) String cancelReason,
                             @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static CancelForm read(FormInput in) {
            return new CancelForm(in.text("cancelReason").value(), in.errors());
        }
    }

    @Schema(name = "TutorBanForm", description = "The tutor profile whose live enrollments are canceled (required) and why.",
            example = "{\"tutorProfileId\": \"7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b\", \"reason\": \"banned for no-shows\"}")
    public record TutorBanForm(@JsonbProperty("tutorProfileId") @Schema(nullable = true) UUID tutorProfileId,
                               @JsonbProperty("reason") @Schema(nullable = true) String reason,
                               @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static TutorBanForm read(FormInput in) {
            return new TutorBanForm(TutoringForm.uuid(in, "tutorProfileId"), in.text("reason").value(), in.errors());
        }

        /** The profile id of a well-formed body; 400 errMsg_TutorProfileIdIsRequired without one. */
        public UUID requiredProfileId() {
            return TutoringForm.required(this, tutorProfileId, "errMsg_TutorProfileIdIsRequired", "tutorProfileId is required.");
        }
    }

    @Schema(name = "CourseRemovalForm", description = "The pack to deactivate (required) and why.",
            example = "{\"coursePackId\": \"5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d\", \"reason\": \"removed\"}")
    public record CourseRemovalForm(@JsonbProperty("coursePackId") @Schema(nullable = true) UUID coursePackId,
                                    @JsonbProperty("reason") @Schema(nullable = true) String reason,
                                    @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static CourseRemovalForm read(FormInput in) {
            return new CourseRemovalForm(TutoringForm.uuid(in, "coursePackId"), in.text("reason").value(), in.errors());
        }

        /** The pack id of a well-formed body; 400 errMsg_CoursePackIdIsRequired without one. */
        public UUID requiredPackId() {
            return TutoringForm.required(this, coursePackId, "errMsg_CoursePackIdIsRequired", "coursePackId is required.");
        }
    }

    @Schema(name = "PendingCleanupForm", description = "Age in minutes past which unpaid pending enrollments are canceled; "
            + "default TUTORING_PENDING_TIMEOUT_MINUTES (60).", example = "{\"maxAgeMinutes\": 60}")
    public record CleanupForm(@JsonbProperty("maxAgeMinutes") @Schema(nullable = true, minimum = "0") Integer maxAgeMinutes,
                              @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static CleanupForm read(FormInput in) {
            return new CleanupForm(TutoringForm.wholeNumber(in, "maxAgeMinutes"), in.errors());
        }

        /** The age asked for in a well-formed body, else {@code fallback} (the configured timeout). */
        public int maxAgeMinutes(int fallback) {
            validate();
            return maxAgeMinutes == null ? fallback : maxAgeMinutes;
        }
    }

    @Schema(name = "CompletionCheckForm", description = "The enrollment to check (required).",
            example = "{\"enrollmentId\": \"2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c\"}")
    public record CompletionForm(@JsonbProperty("enrollmentId") @Schema(nullable = true) UUID enrollmentId,
                                 @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static CompletionForm read(FormInput in) {
            return new CompletionForm(TutoringForm.uuid(in, "enrollmentId"), in.errors());
        }

        /** The enrollment id of a well-formed body; 400 errMsg_EnrollmentIdIsRequired without one. */
        public UUID requiredEnrollmentId() {
            return TutoringForm.required(this, enrollmentId, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
    }
}
