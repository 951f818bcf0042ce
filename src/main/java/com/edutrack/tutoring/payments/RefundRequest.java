package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import com.edutrack.tutoring.Enrollment;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A refund of one enrollment (at most one per enrollment). {@code amountMinor} is what is to be
 * returned, fixed when the request is made; {@code stripeAttempt} numbers the Stripe refund calls
 * made for it and is part of their idempotency key.
 */
@Entity
@Table(name = "refund_requests")
public class RefundRequest extends Versioned {
    public enum Status { pending, approved, rejected, autoApproved }

    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "enrollment_id", nullable = false, updatable = false)
    private Enrollment enrollment;
    @Column(name = "requested_by", nullable = false, updatable = false)
    private UUID requestedBy;
    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt = Instant.now();
    @Column(name = "processed_at")
    private Instant processedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.pending;
    @Column(nullable = false, length = 2000)
    private String reason;
    @Column(name = "first_lesson_completed", nullable = false)
    private boolean firstLessonCompleted;
    @Column(name = "admin_note", length = 2000)
    private String adminNote;
    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;
    @Column(name = "stripe_refund_id")
    private String stripeRefundId;
    @Column(name = "stripe_attempt", nullable = false)
    private int stripeAttempt;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected RefundRequest() {
    }

    public RefundRequest(Enrollment enrollment, UUID requestedBy, String reason, boolean firstLessonCompleted, long amountMinor) {
        this.enrollment = enrollment;
        this.requestedBy = requestedBy;
        this.reason = truncate(reason, 2000);
        this.firstLessonCompleted = firstLessonCompleted;
        this.amountMinor = amountMinor;
        this.currency = enrollment.getCurrency();
    }

    /** The refund request of an enrollment, if one was made (at most one per enrollment). */
    public static Optional<RefundRequest> forEnrollment(EntityManager em, Enrollment e) {
        return em.createQuery("select r from RefundRequest r where r.enrollment = :e", RefundRequest.class).setParameter("e", e)
                .getResultStream().findFirst();
    }

    /** The idempotency key of the next Stripe refund call for this request. */
    String nextStripeKey() {
        return "refundrequest-" + id + "-" + (stripeAttempt + 1);
    }

    /** The refund went through: {@code outcome} is autoApproved (the system) or approved (an admin). */
    void processed(Status outcome, String refundId, String note) {
        this.status = outcome;
        this.processedAt = Instant.now();
        this.stripeAttempt++;
        if (refundId != null) {
            this.stripeRefundId = refundId;
        }
        if (note != null) {
            this.adminNote = truncate(note, 2000);
        }
    }

    /** A refund Stripe had not confirmed turned out done (reconciled from a webhook). */
    void confirmed(String refundId, String note) {
        if (status == Status.pending) {
            this.status = Status.autoApproved;
            this.processedAt = Instant.now();
        }
        if (refundId != null) {
            this.stripeRefundId = refundId;
        }
        this.adminNote = truncate(note, 2000);
    }

    /**
     * The refund did not go through; the request waits for an admin. {@code closeAttempt}: Stripe
     * gave a definite answer, so a retry must use a new idempotency key (an unknown outcome keeps
     * the key, so a retry cannot refund twice).
     */
    void keepPending(String note, boolean closeAttempt) {
        this.status = Status.pending;
        this.processedAt = null;
        if (closeAttempt) {
            this.stripeAttempt++;
        }
        this.adminNote = truncate(note, 2000);
    }

    void reject(String note) {
        this.status = Status.rejected;
        this.processedAt = Instant.now();
        if (note != null) {
            this.adminNote = truncate(note, 2000);
        }
    }

    void note(String note) {
        this.adminNote = truncate(note, 2000);
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    public UUID getId() { return id; }
    public Enrollment getEnrollment() { return enrollment; }
    public UUID getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getProcessedAt() { return processedAt; }
    public Status getStatus() { return status; }
    public String getReason() { return reason; }
    public boolean isFirstLessonCompleted() { return firstLessonCompleted; }
    public String getAdminNote() { return adminNote; }
    public long getAmountMinor() { return amountMinor; }
    public String getCurrency() { return currency; }
    public String getStripeRefundId() { return stripeRefundId; }
    public int getStripeAttempt() { return stripeAttempt; }
    public boolean isActive() { return active; }
}
