package com.edutrack.tutoring.payments;

import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The guide's {@code sys_enrollmentPayment}: the payment life cycle of one enrollment (the order).
 * {@code paymentStatus} is Stripe's PaymentIntent status, {@code statusLiteral} ours
 * ({@link #PROCESSING}, {@link #PAID}, {@link #FAILED}, {@link #CANCELED}, {@link #REFUNDED}).
 * {@code attempt} numbers the PaymentIntents made for the order and is part of their idempotency
 * key; {@code refund*} track the full refund made when the enrollment is canceled.
 */
@Entity
@Table(name = "sys_enrollment_payments")
public class EnrollmentPayment extends Versioned {
    public static final String PROCESSING = "processing";
    public static final String PAID = "paid";
    public static final String FAILED = "failed";
    public static final String CANCELED = "canceled";
    public static final String REFUNDED = "refunded";
    public static final String RECORDED = "recorded";

    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "owner_id", nullable = false)
    private UUID ownerId;
    @Column(name = "order_id", nullable = false, updatable = false)
    private UUID orderId;
    @Column(name = "payment_id")
    private String paymentId;
    @Column(name = "payment_status", length = 40)
    private String paymentStatus;
    @Column(name = "status_literal", nullable = false, length = 40)
    private String statusLiteral;
    @Column(name = "redirect_url", length = 1000)
    private String redirectUrl;
    @Column(name = "amount_minor", nullable = false)
    private long amountMinor;
    @Column(nullable = false, length = 3)
    private String currency;
    @Column(nullable = false)
    private int attempt;
    @Column(name = "refund_id")
    private String refundId;
    @Column(name = "refund_status", length = 40)
    private String refundStatus;
    @Column(name = "refund_attempt", nullable = false)
    private int refundAttempt;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected EnrollmentPayment() {
    }

    public EnrollmentPayment(UUID ownerId, UUID orderId, long amountMinor, String currency, String statusLiteral) {
        this.ownerId = ownerId;
        this.orderId = orderId;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.statusLiteral = statusLiteral;
    }

    /** The payment row of an enrollment, active or not (it keeps the attempt counters). */
    public static Optional<EnrollmentPayment> forOrder(EntityManager em, UUID orderId) {
        return em.createQuery("select p from EnrollmentPayment p where p.orderId = :o", EnrollmentPayment.class)
                .setParameter("o", orderId).getResultStream().findFirst();
    }

    /** Money has been taken or returned: later failure news of the same order cannot undo that. */
    public boolean settled() {
        return PAID.equals(statusLiteral) || REFUNDED.equals(statusLiteral);
    }

    /** Records what Stripe says of attempt {@code n}'s PaymentIntent. */
    public void recordIntent(String paymentId, String stripeStatus, int attempt, String literal) {
        if (paymentId != null) {
            this.paymentId = paymentId;
        }
        this.paymentStatus = stripeStatus;
        this.attempt = Math.max(this.attempt, attempt);
        if (!REFUNDED.equals(statusLiteral)) {
            this.statusLiteral = literal;
        }
        this.active = true;
    }

    /** A full refund went through (or the charge was already refunded). */
    public void recordRefund(String refundId, String status, int attempt) {
        if (refundId != null) {
            this.refundId = refundId;
        }
        this.refundStatus = status;
        this.refundAttempt = Math.max(this.refundAttempt, attempt);
        this.statusLiteral = REFUNDED;
    }

    /** Stripe refused the full refund: the next try needs a new idempotency key (Stripe replays a refusal for its key). */
    public void recordRefundRefused(String reason, int attempt) {
        this.refundStatus = reason == null ? "refused" : truncate("refused: " + reason, 40);
        this.refundAttempt = Math.max(this.refundAttempt, attempt);
    }

    /** A refund recorded as made failed afterwards (refund.failed): the money is still with us. */
    public void recordRefundFailed(String status) {
        this.refundStatus = status;
        if (REFUNDED.equals(statusLiteral)) {
            this.statusLiteral = PAID;
        }
    }

    /** Admin edits (the guide's update route): only the given fields change. */
    public void edit(String paymentId, String paymentStatus, String statusLiteral, String redirectUrl) {
        if (paymentId != null) this.paymentId = paymentId;
        if (paymentStatus != null) this.paymentStatus = paymentStatus;
        if (statusLiteral != null) this.statusLiteral = statusLiteral;
        if (redirectUrl != null) this.redirectUrl = redirectUrl;
    }

    public void setRedirectUrl(String redirectUrl) {
        this.redirectUrl = redirectUrl;
    }

    public void deactivate() {
        this.active = false;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public UUID getId() { return id; }
    public UUID getOwnerId() { return ownerId; }
    public UUID getOrderId() { return orderId; }
    public String getPaymentId() { return paymentId; }
    public String getPaymentStatus() { return paymentStatus; }
    public String getStatusLiteral() { return statusLiteral; }
    public String getRedirectUrl() { return redirectUrl; }
    public long getAmountMinor() { return amountMinor; }
    public String getCurrency() { return currency; }
    public int getAttempt() { return attempt; }
    public String getRefundId() { return refundId; }
    public String getRefundStatus() { return refundStatus; }
    public int getRefundAttempt() { return refundAttempt; }
    public boolean isActive() { return active; }
}
