package com.edutrack.tutoring;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One status change of an enrollment: who (null = the system timer), when, from, to, why. Append-only. */
@Entity
@Table(name = "enrollment_audit")
public class EnrollmentAudit {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private UUID enrollmentId;
    @Column(name = "actor_id", updatable = false)
    private UUID actorId;
    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt = Instant.now();
    @Column(name = "from_status", length = 20, updatable = false)
    private String fromStatus;
    @Column(name = "to_status", nullable = false, length = 20, updatable = false)
    private String toStatus;
    @Column(length = 1000, updatable = false)
    private String reason;

    protected EnrollmentAudit() {
    }

    public EnrollmentAudit(UUID enrollmentId, UUID actorId, String fromStatus, String toStatus, String reason) {
        this.enrollmentId = enrollmentId;
        this.actorId = actorId;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.reason = reason == null ? null : reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    }

    public Long getId() { return id; }
    public UUID getEnrollmentId() { return enrollmentId; }
    public UUID getActorId() { return actorId; }
    public Instant getChangedAt() { return changedAt; }
    public String getFromStatus() { return fromStatus; }
    public String getToStatus() { return toStatus; }
    public String getReason() { return reason; }
}
