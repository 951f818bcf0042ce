package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Request bodies of the tutoring routes (JSON-B, camelCase). Absent fields are null. */
public final class Requests {
    private Requests() {
    }

    public record TutorProfileBody(String bio, String certifications, Integer experienceYears, String subjects,
                                   String profilePhoto, String status) {
    }

    public record CoursePackBody(String title, String description, String category, BigDecimal price, String currency,
                                 Integer lessonCount, String schedulingType, Boolean requiresPreliminaryMeeting, Boolean isActive) {
    }

    public record LessonSlotBody(UUID coursePackId, LocalDate scheduledDate, String scheduledTime, Integer durationMinutes,
                                 String locationType, String locationDetails, String status) {
    }

    public record MeetingBody(UUID coursePackId, Instant scheduledAt, String result, String note) {
    }

    public record CreateEnrollmentBody(UUID coursePackId, UUID tutorProfileId, List<UUID> lessonSlotIds, BigDecimal totalAmount,
                                       String currency, String refundStatus, Instant enrolledAt) {
    }

    public record CancelBody(String cancelReason) {
    }

    public record TutorBanBody(UUID tutorProfileId, String reason) {
    }

    public record CourseRemovalBody(UUID coursePackId, String reason) {
    }

    public record CleanupBody(Integer maxAgeMinutes) {
    }

    public record CompletionBody(UUID enrollmentId) {
    }
}
