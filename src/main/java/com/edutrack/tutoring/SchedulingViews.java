package com.edutrack.tutoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response records of lesson slots and preliminary meetings. */
public final class SchedulingViews {
    private SchedulingViews() {
    }

    @Schema(name = "LessonSlot", description = "One scheduled lesson of a pack; scheduledTime is HH:mm.",
            example = """
                    {"id": "9c8b7a6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d", "tutorProfileId": "7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b",
                     "coursePackId": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "scheduledDate": "2026-02-01", "scheduledTime": "10:00",
                     "durationMinutes": 60, "status": "available", "status_idx": 0, "locationType": "online", "locationType_idx": 0,
                     "locationDetails": null, "isActive": true, "recordVersion": 0,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z"}""")
    public record LessonSlotView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("tutorProfileId") UUID tutorProfileId,
            @JsonbProperty("coursePackId") UUID coursePackId,
            @JsonbProperty("scheduledDate") LocalDate scheduledDate,
            @JsonbProperty("scheduledTime") @Schema(pattern = "^\\d{2}:\\d{2}$") String scheduledTime,
            @JsonbProperty("durationMinutes") int durationMinutes,
            @JsonbProperty("status") @Schema(enumeration = {"available", "booked", "completed", "canceled"}) String status,
            @JsonbProperty("status_idx") @Schema(minimum = "0", maximum = "3") int statusIdx,
            @JsonbProperty("locationType") @Schema(enumeration = {"online", "inPerson"}) String locationType,
            @JsonbProperty("locationType_idx") @Schema(minimum = "0", maximum = "1") int locationTypeIdx,
            @JsonbProperty("locationDetails") @JsonbNillable @Schema(nullable = true) String locationDetails,
            @JsonbProperty("isActive") @Schema(description = "Always true: a deleted slot stays as canceled") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt) {
        public static LessonSlotView of(LessonSlot s) {
            return new LessonSlotView(s.getId(), s.getTutorProfile().getId(), s.getCoursePack().getId(), s.getScheduledDate(),
                    s.getScheduledTime(), s.getDurationMinutes(), s.getStatus().name(), s.getStatus().ordinal(), s.getLocationType().name(),
                    s.getLocationType().ordinal(), s.getLocationDetails(), true, s.getRecordVersion(), s.getCreatedAt(), s.getUpdatedAt());
        }
    }

    @Schema(name = "PreliminaryMeeting", description = "A screening call a student must pass before booking a pack that requires one.",
            example = """
                    {"id": "3e2d1c0b-9a8f-4e7d-8c6b-5a4f3e2d1c0b", "coursePackId": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
                     "studentId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "scheduledAt": "2026-01-10T15:00:00Z",
                     "result": "scheduled", "result_idx": 0, "note": null,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z"}""")
    public record MeetingView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("coursePackId") UUID coursePackId,
            @JsonbProperty("studentId") UUID studentId,
            @JsonbProperty("scheduledAt") Instant scheduledAt,
            @JsonbProperty("result") @Schema(enumeration = {"scheduled", "passed", "failed"}) String result,
            @JsonbProperty("result_idx") @Schema(minimum = "0", maximum = "2") int resultIdx,
            @JsonbProperty("note") @JsonbNillable @Schema(nullable = true) String note,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt) {
        public static MeetingView of(PreliminaryMeeting p) {
            return new MeetingView(p.getId(), p.getCoursePack().getId(), p.getStudentId(), p.getScheduledAt(), p.getResult().name(),
                    p.getResult().ordinal(), p.getNote(), p.getCreatedAt(), p.getUpdatedAt());
        }
    }
}
