package com.edutrack.tutoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response records of tutor profiles and course packs (the guide's keys, {@code _idx} and {@code _owner} included). */
public final class TutorCatalogViews {
    private TutorCatalogViews() {
    }

    @Schema(name = "TutorProfile", description = "A teacher's tutoring profile. status_idx is the status's position in the guide's list.",
            example = """
                    {"id": "7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b", "tutorId": "0b6f1c2d-9e8a-4b7c-8d6e-5f4a3b2c1d0e",
                     "bio": "Maths tutor", "certifications": null, "experienceYears": 5, "subjects": "maths, physics",
                     "profilePhoto": null, "status": "active", "status_idx": 0, "isActive": true, "recordVersion": 0,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z",
                     "_owner": "0b6f1c2d-9e8a-4b7c-8d6e-5f4a3b2c1d0e"}""")
    public record TutorProfileView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("tutorId") @Schema(description = "The tutor's user UUID") UUID tutorId,
            @JsonbProperty("bio") @JsonbNillable @Schema(nullable = true) String bio,
            @JsonbProperty("certifications") @JsonbNillable @Schema(nullable = true) String certifications,
            @JsonbProperty("experienceYears") @JsonbNillable @Schema(nullable = true) Integer experienceYears,
            @JsonbProperty("subjects") @JsonbNillable @Schema(nullable = true) String subjects,
            @JsonbProperty("profilePhoto") @JsonbNillable @Schema(nullable = true) String profilePhoto,
            @JsonbProperty("status") @Schema(enumeration = {"active", "suspended", "banned"}) String status,
            @JsonbProperty("status_idx") @Schema(minimum = "0", maximum = "2") int statusIdx,
            @JsonbProperty("isActive") @Schema(description = "Always true: profiles are never deleted") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (tutorId)") UUID owner) {
        public static TutorProfileView of(TutorProfile p) {
            return new TutorProfileView(p.getId(), p.getTutorId(), p.getBio(), p.getCertifications(), p.getExperienceYears(), p.getSubjects(),
                    p.getProfilePhoto(), p.getStatus().name(), p.getStatus().ordinal(), true, p.getRecordVersion(), p.getCreatedAt(),
                    p.getUpdatedAt(), p.getTutorId());
        }
    }

    @Schema(name = "CoursePack", description = "A bookable bundle of lessonCount lessons at one price (a plain number in currency).",
            example = """
                    {"id": "5a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", "tutorProfileId": "7d3c1a52-3f4e-4a55-9c1e-1b2d3e4f5a6b",
                     "title": "Algebra basics", "description": null, "category": "math", "price": 120.5, "currency": "USD",
                     "lessonCount": 4, "schedulingType": "fixedSchedule", "schedulingType_idx": 0,
                     "requiresPreliminaryMeeting": false, "isActive": true, "recordVersion": 0,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z"}""")
    public record CoursePackView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("tutorProfileId") UUID tutorProfileId,
            @JsonbProperty("title") String title,
            @JsonbProperty("description") @JsonbNillable @Schema(nullable = true) String description,
            @JsonbProperty("category") @JsonbNillable @Schema(nullable = true) String category,
            @JsonbProperty("price") double price,
            @JsonbProperty("currency") @Schema(description = "ISO 4217, upper case", pattern = "^[A-Z]{3}$") String currency,
            @JsonbProperty("lessonCount") int lessonCount,
            @JsonbProperty("schedulingType") @Schema(enumeration = {"fixedSchedule", "flexible"}) String schedulingType,
            @JsonbProperty("schedulingType_idx") @Schema(minimum = "0", maximum = "1") int schedulingTypeIdx,
            @JsonbProperty("requiresPreliminaryMeeting") boolean requiresPreliminaryMeeting,
            @JsonbProperty("isActive") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt) {
        public static CoursePackView of(CoursePack c) {
            return new CoursePackView(c.getId(), c.getTutorProfile().getId(), c.getTitle(), c.getDescription(), c.getCategory(),
                    c.getPrice().doubleValue(), c.getCurrency(), c.getLessonCount(), c.getSchedulingType().name(),
                    c.getSchedulingType().ordinal(), c.isRequiresPreliminaryMeeting(), c.isActive(), c.getRecordVersion(), c.getCreatedAt(),
                    c.getUpdatedAt());
        }
    }
}
