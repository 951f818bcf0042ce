package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The guide's {@code sys_paymentCustomer}: a user's customer id at the payment platform (Stripe). */
@Entity
@Table(name = "sys_payment_customers")
public class PaymentCustomer {
    public static final String STRIPE = "stripe";

    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;
    @Column(name = "customer_id", nullable = false)
    private String customerId;
    @Column(nullable = false, length = 20)
    private String platform = STRIPE;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt = Instant.now();
    @Version
    @Column(name = "record_version", nullable = false)
    private int recordVersion;

    protected PaymentCustomer() {
    }

    public PaymentCustomer(UUID userId, String customerId) {
        this.userId = userId;
        this.customerId = customerId;
    }

    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public String getCustomerId() { return customerId; }
    public String getPlatform() { return platform; }
    public boolean isActive() { return active; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public int getRecordVersion() { return recordVersion; }
}
