package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seed section 7's purchased lecture. */
@Schema(name = "LecturePurchase", description = "A student's paid access to a lecture until effective_expiry = expires_at + extra_days.",
        example = "{\"id\": 88, \"student\": 7, \"student_name\": \"Mona Adel\", \"student_code\": \"STU-2024-0042\", \"lecture\": 301, "
                + "\"lecture_name\": \"Quadratic equations\", \"topic_name\": \"Equations\", \"course\": 12, \"course_name\": \"Algebra 2\", "
                + "\"teacher_name\": \"Omar Hassan\", \"purchased_at\": \"2025-01-06T18:00:00Z\", \"expires_at\": \"2025-02-05T18:00:00Z\", "
                + "\"effective_expiry\": \"2025-02-08T18:00:00Z\", \"amount_paid\": \"100.00\", \"extra_days\": 3, \"is_expired\": false, "
                + "\"reopened_by\": 3, \"reopened_by_name\": \"Omar Hassan\", \"reopened_at\": \"2025-02-06T08:00:00Z\", \"reopen_logs\": "
                + "[{\"extra_days\": 3, \"reopened_by\": \"Omar Hassan\", \"reopened_at\": \"2025-02-06T08:00:00Z\", \"note\": \"was ill\"}]}")
public record PurchaseView(@JsonbProperty("id") long id,
                           @JsonbProperty("student") @Schema(description = "Student profile id.") long student,
                           @JsonbProperty("student_name") String studentName,
                           @JsonbProperty("student_code") String studentCode,
                           @JsonbProperty("lecture") long lecture,
                           @JsonbProperty("lecture_name") String lectureName,
                           @JsonbProperty("topic_name") String topicName,
                           @JsonbProperty("course") long course,
                           @JsonbProperty("course_name") String courseName,
                           @JsonbProperty("teacher_name") String teacherName,
                           @JsonbProperty("purchased_at") Instant purchasedAt,
                           @JsonbProperty("expires_at") @Schema(description = "purchased_at + the lecture's available days.") Instant expiresAt,
                           @JsonbProperty("effective_expiry") @Schema(description = "expires_at + extra_days; access ends then.") Instant effectiveExpiry,
                           @JsonbProperty("amount_paid") @Schema(description = "The lecture's final price when bought; 0.00 for a free one.")
                           BigDecimal amountPaid,
                           @JsonbProperty("extra_days") @Schema(description = "The sum of every reopen's days.") int extraDays,
                           @JsonbProperty("is_expired") boolean isExpired,
                           @JsonbNillable @JsonbProperty("reopened_by") @Schema(nullable = true, description = "User id of the last reopen's author.") Long reopenedBy,
                           @JsonbNillable @JsonbProperty("reopened_by_name") @Schema(nullable = true) String reopenedByName,
                           @JsonbNillable @JsonbProperty("reopened_at") @Schema(nullable = true) Instant reopenedAt,
                           @JsonbProperty("reopen_logs") @Schema(description = "Every reopen, oldest first.") List<ReopenEntry> reopenLogs) {

    @Schema(name = "PurchaseReopenLog", description = "One reopen of a purchase.")
    public record ReopenEntry(@JsonbProperty("extra_days") int extraDays,
                              @JsonbNillable @JsonbProperty("reopened_by") @Schema(nullable = true, description = "The author's name.") String reopenedBy,
                              @JsonbProperty("reopened_at") Instant reopenedAt,
                              @JsonbProperty("note") @Schema(description = "Empty when none was given.") String note) {
    }

    static PurchaseView of(LecturePurchase p, Instant now) {
        var lecture = p.getLecture();
        var topic = lecture.getTopic();
        var course = topic.getCourse();
        var student = p.getStudent();
        var by = p.getReopenedBy();
        List<ReopenEntry> logs = p.getReopenLogs().stream()
                .map(l -> new ReopenEntry(l.getExtraDays(), l.getReopenedBy() == null ? null : l.getReopenedBy().getName(), l.getReopenedAt(), l.getNote()))
                .toList();
        return new PurchaseView(p.getId(), student.getId(), student.getUser().getName(), student.getStudentCode(), lecture.getId(),
                lecture.getName(), topic.getName(), course.getId(), course.getName(), course.getTeacher().getUser().getName(),
                p.getPurchasedAt(), p.getExpiresAt(), p.getEffectiveExpiry(), p.getAmountPaid(), p.getExtraDays(), p.isExpired(now),
                by == null ? null : by.getId(), by == null ? null : by.getName(), p.getReopenedAt(), logs);
    }
}
