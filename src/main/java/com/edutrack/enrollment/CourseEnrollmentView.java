package com.edutrack.enrollment;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A course enrollment request and the staff's answer (seed section 6's shape). */
@Schema(name = "CourseEnrollment", description = "A student's request to join a course and the staff's answer.")
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
