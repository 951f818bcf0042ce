package com.edutrack.notifications;

import java.io.StringReader;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed section 14's notification shape. */
@Schema(name = "Notification", description = "A message to the caller about an event.")
public record NotificationView(
        @JsonbProperty("id") long id,
        @JsonbProperty("notification_type") @Schema(enumeration = {"enrollment_requested", "enrollment_approved", "enrollment_rejected",
                "balance_added", "lecture_purchased", "access_reopened", "quiz_published", "quiz_scores_released", "quiz_answers_released",
                "written_answer_graded", "homework_published", "material_added", "tutoring_enrollment_confirmed",
                "tutoring_refund_processed", "tutoring_enrollment_canceled"}) String notificationType,
        @JsonbProperty("notification_type_display") @Schema(example = "Enrollment approved") String notificationTypeDisplay,
        @JsonbProperty("title") String title,
        @JsonbProperty("message") String message,
        @JsonbProperty("is_read") boolean isRead,
        // The keys depend on the event (enrollment_id, course_id, amount, quiz_id, ...): a JSON object, not a record.
        @JsonbNillable @JsonbProperty("metadata") @Schema(type = SchemaType.OBJECT, nullable = true, implementation = Metadata.class,
                description = "Ids the frontend links to (e.g. course_id, enrollment_id) and amounts as decimal strings; keys depend on "
                        + "notification_type.", example = "{\"enrollment_id\": 41, \"course_id\": 12}") JsonObject metadata,
        @JsonbProperty("created_at") Instant createdAt) {

    /** The document's view of {@code metadata}: a JSON object whose values are ids (integers) or decimal strings. */
    @Schema(name = "NotificationMetadata", type = SchemaType.OBJECT)
    interface Metadata {
    }

    static NotificationView of(Notification n) {
        JsonObject metadata = null;
        if (n.getMetadata() != null) {
            try (var reader = Json.createReader(new StringReader(n.getMetadata()))) {
                metadata = reader.readObject();
            }
        }
        NotificationType type = n.getType();
        return new NotificationView(n.getId(), type.value(), type.display(), n.getTitle(), n.getMessage(), n.isRead(), metadata, n.getCreatedAt());
    }
}
