package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The guide's {@code sys_paymentMethod}: a card a user paid with; {@code cardInfo} is Stripe's card summary as JSON. */
@Entity
@Table(name = "sys_payment_methods")
public class PaymentMethodRecord extends Versioned {
    @Id
    private UUID id = UUID.randomUUID();
    @Column(name = "payment_method_id", nullable = false, updatable = false)
    private String paymentMethodId;
    @Column(name = "user_id", nullable = false, updatable = false)
    private UUID userId;
    @Column(name = "customer_id", nullable = false)
    private String customerId;
    @Column(name = "card_holder_name", length = 200)
    private String cardHolderName;
    @Column(name = "card_holder_zip", length = 20)
    private String cardHolderZip;
    @Column(nullable = false, length = 20)
    private String platform = PaymentCustomer.STRIPE;
    @Column(name = "card_info", length = 2000)
    private String cardInfo;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected PaymentMethodRecord() {
    }

    public PaymentMethodRecord(String paymentMethodId, UUID userId, String customerId) {
        this.paymentMethodId = paymentMethodId;
        this.userId = userId;
        this.customerId = customerId;
    }

    public void describe(String customerId, String holderName, String holderZip, String cardInfoJson) {
        this.customerId = customerId;
        if (holderName != null) this.cardHolderName = truncate(holderName, 200);
        if (holderZip != null) this.cardHolderZip = truncate(holderZip, 20);
        this.cardInfo = cardInfoJson;
        this.active = true;
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    public UUID getId() { return id; }
    public String getPaymentMethodId() { return paymentMethodId; }
    public UUID getUserId() { return userId; }
    public String getCustomerId() { return customerId; }
    public String getCardHolderName() { return cardHolderName; }
    public String getCardHolderZip() { return cardHolderZip; }
    public String getPlatform() { return platform; }
    public String getCardInfo() { return cardInfo; }
    public boolean isActive() { return active; }
}
