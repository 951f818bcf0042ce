package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A Stripe event that was applied (written in the same transaction as its effect) or ignored, with
 * the reason it was ignored.
 */
@Entity
@Table(name = "stripe_webhook_events")
public class WebhookEvent {
    @Id
    @Column(name = "event_id")
    private String eventId;
    @Column(name = "event_type", nullable = false, length = 100)
    private String type;
    @Column(name = "enrollment_id")
    private UUID enrollmentId;
    @Column(nullable = false, length = 40)
    private String outcome;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt = Instant.now();
    @Column(length = 500)
    private String reason;

    protected WebhookEvent() {
    }

    public WebhookEvent(String eventId, String type, UUID enrollmentId, String outcome) {
        this(eventId, type, enrollmentId, outcome, null);
    }

    public WebhookEvent(String eventId, String type, UUID enrollmentId, String outcome, String reason) {
        this.eventId = eventId;
        this.type = type;
        this.enrollmentId = enrollmentId;
        this.outcome = outcome;
        this.reason = reason == null || reason.length() <= 500 ? reason : reason.substring(0, 500);
    }

    public String getEventId() { return eventId; }
    public String getType() { return type; }
    public UUID getEnrollmentId() { return enrollmentId; }
    public String getOutcome() { return outcome; }
    public Instant getReceivedAt() { return receivedAt; }
    public String getReason() { return reason; }
}
