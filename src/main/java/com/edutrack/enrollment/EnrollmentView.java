package com.edutrack.enrollment;

import java.time.Instant;

/** Seed section 6's enrollment shape. */
public record EnrollmentView(long id, long student, String studentName, String studentCode, long course, String courseName,
                             String gradeName, String teacherName, String status, String statusDisplay, Instant enrolledAt,
                             Long approvedBy, String approvedByName, Instant respondedAt, String responseNote) {

    static EnrollmentView of(CourseEnrollment e) {
        var s = e.getStudent();
        var c = e.getCourse();
        var by = e.getApprovedBy();
        return new EnrollmentView(e.getId(), s.getId(), s.getUser().getName(), s.getStudentCode(), c.getId(), c.getName(),
                c.getGrade().getName(), c.getTeacher().getUser().getName(), e.getStatus().name(), e.getStatus().display(),
                e.getEnrolledAt(), by == null ? null : by.getId(), by == null ? null : by.getName(), e.getRespondedAt(), e.getResponseNote());
    }
}
