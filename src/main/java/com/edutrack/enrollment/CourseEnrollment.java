package com.edutrack.enrollment;

import java.time.Instant;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.platform.errors.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A student's request to join a course and the staff's answer. One row per student and course:
 * asking again after a rejection reopens it; only a pending request can be decided.
 */
@Entity
@Table(name = "course_enrollments")
public class CourseEnrollment extends StudentInCourse {
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, columnDefinition = "varchar(20)")
    private EnrollmentStatus status;
    @Column(name = "enrolled_at", nullable = false)
    private Instant enrolledAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "approved_by")
    private User approvedBy;
    @Column(name = "responded_at")
    private Instant respondedAt;
    @Column(name = "response_note", length = 1000)
    private String responseNote;

    protected CourseEnrollment() {
    }

    CourseEnrollment(Student student, Course course) {
        super(student, course);
        this.status = EnrollmentStatus.pending;
        this.enrolledAt = Instant.now();
    }

    /** A new request on this row: allowed only after a rejection. */
    void reopen() {
        if (status != EnrollmentStatus.rejected) {
            throw ApiException.error(400, "You already have an enrollment for this course");
        }
        status = EnrollmentStatus.pending;
        enrolledAt = Instant.now();
        approvedBy = null;
        respondedAt = null;
        responseNote = null;
    }

    /** Approves or rejects a pending request; anything else is the seed's 400. */
    void decide(EnrollmentDecision decision, User by, String note) {
        if (status != EnrollmentStatus.pending) {
            throw ApiException.error(400, "Cannot " + decision.verb() + " enrollment with status: " + status.name());
        }
        status = decision.outcome();
        approvedBy = by;
        respondedAt = Instant.now();
        responseNote = note;
    }

    public EnrollmentStatus getStatus() { return status; }
    public Instant getEnrolledAt() { return enrolledAt; }
    public User getApprovedBy() { return approvedBy; }
    public Instant getRespondedAt() { return respondedAt; }
    public String getResponseNote() { return responseNote; }
}
