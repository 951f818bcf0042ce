package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The guide's {@code sys_paymentCustomer}: a user's customer id at the payment platform (Stripe). */
@Entity
@Table(name = "sys_payment_customers")
public class PaymentCustomer extends Versioned {
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

    protected PaymentCustomer() {
    }

    public PaymentCustomer(UUID userId, String customerId) {
        this.userId = userId;
        this.customerId = customerId;
    }

    public UUID getId() { return id; }
    public UUID getUserId() { return userId; }
    public String getCustomerId() { return customerId; }
    public String getPlatform() { return platform; }
    public boolean isActive() { return active; }
}
