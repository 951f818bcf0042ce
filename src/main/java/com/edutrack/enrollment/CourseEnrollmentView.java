package com.edutrack.enrollment;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course enrollment request and the staff's answer (seed section 6's shape). */
@Schema(name = "CourseEnrollment", description = "A student's request to join a course and the staff's answer.",
        example = "{\"id\": 41, \"student\": 7, \"student_name\": \"Mona Adel\", \"student_code\": \"STU-2024-0042\", "
                + "\"course\": 12, \"course_name\": \"Algebra 2\", \"grade_name\": \"Grade 10\", \"teacher_name\": \"Omar Hassan\", "
                + "\"status\": \"approved\", \"status_display\": \"Approved\", \"enrolled_at\": \"2025-01-05T09:30:00Z\", "
                + "\"approved_by\": 3, \"approved_by_name\": \"Omar Hassan\", \"responded_at\": \"2025-01-05T10:02:11Z\", "
                + "\"response_note\": null}")
public record CourseEnrollmentView(
        @JsonbProperty("id") long id,
        @JsonbProperty("student") @Schema(description = "Student profile id.") long student,
        @JsonbProperty("student_name") String studentName,
        @JsonbProperty("student_code") String studentCode,
        @JsonbProperty("course") long course,
        @JsonbProperty("course_name") String courseName,
        @JsonbProperty("grade_name") String gradeName,
        @JsonbProperty("teacher_name") String teacherName,
        @JsonbProperty("status") @Schema(enumeration = {"pending", "approved", "rejected"}, example = "pending") String status,
        @JsonbProperty("status_display") @Schema(enumeration = {"Pending", "Approved", "Rejected"}) String statusDisplay,
        @JsonbProperty("enrolled_at") @Schema(description = "When the request was made (or last reopened).") Instant enrolledAt,
        @JsonbNillable @JsonbProperty("approved_by") @Schema(nullable = true, description = "User id of whoever decided.") Long approvedBy,
        @JsonbNillable @JsonbProperty("approved_by_name") @Schema(nullable = true) String approvedByName,
        @JsonbNillable @JsonbProperty("responded_at") @Schema(nullable = true) Instant respondedAt,
        @JsonbNillable @JsonbProperty("response_note") @Schema(nullable = true) String responseNote) {

    static CourseEnrollmentView of(CourseEnrollment e) {
        var s = e.getStudent();
        var c = e.getCourse();
        var by = e.getApprovedBy();
        return new CourseEnrollmentView(e.getId(), s.getId(), s.getUser().getName(), s.getStudentCode(), c.getId(), c.getName(),
                c.getGrade().getName(), c.getTeacher().getUser().getName(), e.getStatus().name(), e.getStatus().display(),
                e.getEnrolledAt(), by == null ? null : by.getId(), by == null ? null : by.getName(), e.getRespondedAt(), e.getResponseNote());
    }
}
