package com.edutrack.tutoring.payments;

import java.util.UUID;

/** Request bodies of the payment and refund routes (JSON-B, camelCase). Absent fields are null. */
public final class PaymentRequests {
    private PaymentRequests() {
    }

    /** {@code paymentUserParams} of start/refresh: the Stripe payment method (card) and optional holder details. */
    public record PaymentUserParams(String paymentMethodId, String cardHolderName, String cardHolderZip, String redirectUrl) {
    }

    public record PaymentBody(PaymentUserParams paymentUserParams) {
    }

    public record EnrollmentPaymentBody(UUID orderId, String paymentId, String paymentStatus, String statusLiteral, String redirectUrl) {
    }

    /** Client-sent status, requestedAt, processedAt, firstLessonCompleted and adminNote are decided by the server and ignored. */
    public record CreateRefundBody(UUID enrollmentId, String reason) {
    }

    public record UpdateRefundBody(String status, String adminNote) {
    }

    public record AdminRefundBody(UUID enrollmentId, String reason) {
    }
}
