package com.edutrack.tutoring;

import java.time.Instant;
import java.util.UUID;

import com.edutrack.platform.persistence.Timestamped;
import com.edutrack.tutoring.TutoringEnums.MeetingResult;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A screening call a student must pass before booking a pack that requires one. */
@Entity
@Table(name = "preliminary_meetings")
public class PreliminaryMeeting extends Timestamped {
    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "course_pack_id", nullable = false, updatable = false)
    private CoursePack coursePack;
    @Column(name = "student_id", nullable = false, updatable = false)
    private UUID studentId;
    @Column(name = "scheduled_at", nullable = false)
    private Instant scheduledAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private MeetingResult result = MeetingResult.scheduled;
    @Column(length = 2000)
    private String note;

    protected PreliminaryMeeting() {
    }

    public PreliminaryMeeting(CoursePack coursePack, UUID studentId, Instant scheduledAt) {
        this.coursePack = coursePack;
        this.studentId = studentId;
        this.scheduledAt = scheduledAt;
    }

    /** The tutor records the outcome; it may be corrected later (e.g. a mistaken "failed"). */
    public void decide(MeetingResult result, String note) {
        if (result == MeetingResult.scheduled) {
            throw com.edutrack.platform.errors.ApiException.tutoring(400, "errMsg_ResultIsNotValid", "result must be passed or failed.");
        }
        this.result = result;
        if (note != null) this.note = note;
    }

    public UUID getId() { return id; }
    public CoursePack getCoursePack() { return coursePack; }
    public UUID getStudentId() { return studentId; }
    public Instant getScheduledAt() { return scheduledAt; }
    public MeetingResult getResult() { return result; }
    public String getNote() { return note; }
}
