package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.UUID;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The stored payment objects of the guide as answered: sys_enrollmentPayment, sys_paymentCustomer, sys_paymentMethod. */
public final class PaymentRecordViews {
    private PaymentRecordViews() {
    }

    @Schema(name = "EnrollmentPayment", description = "The payment record of one enrollment (the order): Stripe's PaymentIntent and "
            + "its status, and ours in statusLiteral (processing, paid, failed, canceled, refunded; an admin may record others).",
            example = """
                    {"id": "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "ownerId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                     "orderId": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c", "paymentId": "pi_3PqRsT", "paymentStatus": "succeeded",
                     "statusLiteral": "paid", "redirectUrl": null, "isActive": true, "recordVersion": 1,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:02Z",
                     "_owner": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record EnrollmentPaymentView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("ownerId") @Schema(description = "The enrollment's student") UUID ownerId,
            @JsonbProperty("orderId") @Schema(description = "The enrollment id") UUID orderId,
            @JsonbProperty("paymentId") @JsonbNillable @Schema(nullable = true, description = "Stripe PaymentIntent id; null while Stripe "
                    + "made none") String paymentId,
            @JsonbProperty("paymentStatus") @JsonbNillable @Schema(nullable = true, description = "Stripe's PaymentIntent status")
            String paymentStatus,
            @JsonbProperty("statusLiteral") String statusLiteral,
            @JsonbProperty("redirectUrl") @JsonbNillable @Schema(nullable = true) String redirectUrl,
            @JsonbProperty("isActive") @Schema(description = "false once an admin deleted it") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (ownerId)") UUID owner) {
        static EnrollmentPaymentView of(EnrollmentPayment p) {
            return new EnrollmentPaymentView(p.getId(), p.getOwnerId(), p.getOrderId(), p.getPaymentId(), p.getPaymentStatus(),
                    p.getStatusLiteral(), p.getRedirectUrl(), p.isActive(), p.getRecordVersion(), p.getCreatedAt(), p.getUpdatedAt(),
                    p.getOwnerId());
        }
    }

    @Schema(name = "PaymentCustomer", description = "A user's customer at the payment platform, created with their first payment.",
            example = """
                    {"id": "3c2d1e0f-9a8b-4c7d-8e6f-5a4b3c2d1e0f", "userId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                     "customerId": "cus_Q1w2E3r4", "platform": "stripe", "isActive": true, "recordVersion": 0,
                     "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z",
                     "_owner": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record PaymentCustomerView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("userId") UUID userId,
            @JsonbProperty("customerId") @Schema(description = "Stripe customer id (cus_...)") String customerId,
            @JsonbProperty("platform") @Schema(enumeration = "stripe") String platform,
            @JsonbProperty("isActive") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (userId)") UUID owner) {
        static PaymentCustomerView of(PaymentCustomer c) {
            return new PaymentCustomerView(c.getId(), c.getUserId(), c.getCustomerId(), c.getPlatform(), c.isActive(), c.getRecordVersion(),
                    c.getCreatedAt(), c.getUpdatedAt(), c.getUserId());
        }
    }

    @Schema(name = "PaymentMethod", description = "A card a user paid with: Stripe's PaymentMethod id and card summary, never the number.",
            example = """
                    {"id": "4d3c2b1a-0f9e-4d8c-9b7a-6f5e4d3c2b1a", "paymentMethodId": "pm_1PqRsTuV", "userId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                     "customerId": "cus_Q1w2E3r4", "cardHolderName": "Mona Adel", "cardHolderZip": "11511", "platform": "stripe",
                     "cardInfo": {"brand": "visa", "last4": "4242", "expMonth": 12, "expYear": 2034, "funding": "credit", "country": "EG"},
                     "isActive": true, "recordVersion": 0, "createdAt": "2026-01-05T10:00:00Z", "updatedAt": "2026-01-05T10:00:00Z",
                     "_owner": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"}""")
    public record PaymentMethodView(
            @JsonbProperty("id") UUID id,
            @JsonbProperty("paymentMethodId") @Schema(description = "The Stripe PaymentMethod charged (pm_...)") String paymentMethodId,
            @JsonbProperty("userId") UUID userId,
            @JsonbProperty("customerId") String customerId,
            @JsonbProperty("cardHolderName") @JsonbNillable @Schema(nullable = true) String cardHolderName,
            @JsonbProperty("cardHolderZip") @JsonbNillable @Schema(nullable = true) String cardHolderZip,
            @JsonbProperty("platform") @Schema(enumeration = "stripe") String platform,
            // the schema CardInfo itself admits null (a nullable $ref fails validators)
            @JsonbProperty("cardInfo") @JsonbNillable CardInfo cardInfo,
            @JsonbProperty("isActive") boolean isActive,
            @JsonbProperty("recordVersion") int recordVersion,
            @JsonbProperty("createdAt") Instant createdAt,
            @JsonbProperty("updatedAt") Instant updatedAt,
            @JsonbProperty("_owner") @Schema(description = "The owning user (userId)") UUID owner) {
        static PaymentMethodView of(PaymentMethodRecord m) {
            return new PaymentMethodView(m.getId(), m.getPaymentMethodId(), m.getUserId(), m.getCustomerId(), m.getCardHolderName(),
                    m.getCardHolderZip(), m.getPlatform(), CardInfo.parse(m.getCardInfo()), m.isActive(), m.getRecordVersion(),
                    m.getCreatedAt(), m.getUpdatedAt(), m.getUserId());
        }
    }
}
