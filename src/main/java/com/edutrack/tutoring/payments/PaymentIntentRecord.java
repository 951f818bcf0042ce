package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A PaymentIntent this server created for an enrollment, with what it asked for and the
 * PaymentMethod it charges. Stripe's news (webhooks) of any other PaymentIntent, or of this one
 * for another enrollment, is not believed.
 */
@Entity
@Table(name = "stripe_payment_intents")
public class PaymentIntentRecord {
    @Id
    @Column(name = "payment_intent_id")
    private String paymentIntentId;
    @Column(name = "enrollment_id", nullable = false, updatable = false)
    private UUID enrollmentId;
    @Column(nullable = false, updatable = false)
    private int attempt;
    @Column(name = "amount_minor", nullable = false, updatable = false)
    private long amountMinor;
    @Column(nullable = false, length = 3, updatable = false)
    private String currency;
    @Column(name = "payment_method_id")
    private String paymentMethodId;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    protected PaymentIntentRecord() {
    }

    public PaymentIntentRecord(String paymentIntentId, UUID enrollmentId, int attempt, long amountMinor, String currency, String paymentMethodId) {
        this.paymentIntentId = paymentIntentId;
        this.enrollmentId = enrollmentId;
        this.attempt = attempt;
        this.amountMinor = amountMinor;
        this.currency = currency;
        this.paymentMethodId = paymentMethodId;
    }

    /** Stripe names the PaymentMethod it charges on the PaymentIntent: that one is kept. */
    public void charged(String paymentMethodId) {
        if (paymentMethodId != null) {
            this.paymentMethodId = paymentMethodId;
        }
    }

    public String getPaymentIntentId() { return paymentIntentId; }
    public UUID getEnrollmentId() { return enrollmentId; }
    public int getAttempt() { return attempt; }
    public long getAmountMinor() { return amountMinor; }
    public String getCurrency() { return currency; }
    public String getPaymentMethodId() { return paymentMethodId; }
    public Instant getCreatedAt() { return createdAt; }
}
