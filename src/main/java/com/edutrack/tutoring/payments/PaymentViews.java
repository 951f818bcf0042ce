package com.edutrack.tutoring.payments;

import java.util.LinkedHashMap;
import java.util.Map;

import com.edutrack.accounts.User;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.Money;
import com.edutrack.tutoring.payments.PaymentService.PaymentOutcome;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The guide's shapes for payment objects and refund requests, as ordered maps (keys exactly the guide's). */
final class PaymentViews {
    private static final Jsonb JSON = JsonbBuilder.create();

    private PaymentViews() {
    }

    static Map<String, Object> payment(EnrollmentPayment p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("ownerId", p.getOwnerId());
        m.put("orderId", p.getOrderId());
        m.put("paymentId", p.getPaymentId());
        m.put("paymentStatus", p.getPaymentStatus());
        m.put("statusLiteral", p.getStatusLiteral());
        m.put("redirectUrl", p.getRedirectUrl());
        m.put("isActive", p.isActive());
        m.put("recordVersion", p.getRecordVersion());
        m.put("createdAt", p.getCreatedAt());
        m.put("updatedAt", p.getUpdatedAt());
        m.put("_owner", p.getOwnerId());
        return m;
    }

    static Map<String, Object> customer(PaymentCustomer c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("userId", c.getUserId());
        m.put("customerId", c.getCustomerId());
        m.put("platform", c.getPlatform());
        m.put("isActive", c.isActive());
        m.put("recordVersion", c.getRecordVersion());
        m.put("createdAt", c.getCreatedAt());
        m.put("updatedAt", c.getUpdatedAt());
        m.put("_owner", c.getUserId());
        return m;
    }

    static Map<String, Object> method(PaymentMethodRecord p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("paymentMethodId", p.getPaymentMethodId());
        m.put("userId", p.getUserId());
        m.put("customerId", p.getCustomerId());
        m.put("cardHolderName", p.getCardHolderName());
        m.put("cardHolderZip", p.getCardHolderZip());
        m.put("platform", p.getPlatform());
        m.put("cardInfo", p.getCardInfo() == null ? null : JSON.fromJson(p.getCardInfo(), Map.class));
        m.put("isActive", p.isActive());
        m.put("recordVersion", p.getRecordVersion());
        m.put("createdAt", p.getCreatedAt());
        m.put("updatedAt", p.getUpdatedAt());
        m.put("_owner", p.getUserId());
        return m;
    }

    /** The request's own fields (create/update answers); {@code refundAmount} is what is (to be) refunded. */
    static Map<String, Object> refundRequest(RefundRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.getId());
        m.put("enrollmentId", r.getEnrollment().getId());
        m.put("requestedBy", r.getRequestedBy());
        m.put("requestedAt", r.getRequestedAt());
        m.put("processedAt", r.getProcessedAt());
        m.put("status", r.getStatus().name());
        m.put("status_idx", r.getStatus().ordinal());
        m.put("reason", r.getReason());
        m.put("firstLessonCompleted", r.isFirstLessonCompleted());
        m.put("adminNote", r.getAdminNote());
        m.put("refundAmount", Money.toMajor(r.getAmountMinor(), r.getCurrency()).doubleValue());
        m.put("currency", r.getCurrency());
        m.put("isActive", r.isActive());
        m.put("recordVersion", r.getRecordVersion());
        m.put("createdAt", r.getCreatedAt());
        m.put("updatedAt", r.getUpdatedAt());
        m.put("_owner", r.getRequestedBy());
        return m;
    }

    /** The get/list shape: own fields plus enrollment, coursePack and requester. */
    static Map<String, Object> refundRequestWithJoins(RefundRequest r, User requester) {
        Map<String, Object> m = refundRequest(r);
        Enrollment e = r.getEnrollment();
        Map<String, Object> enrollment = new LinkedHashMap<>();
        enrollment.put("coursePackId", e.getCoursePack().getId());
        enrollment.put("studentId", e.getStudentId());
        enrollment.put("totalAmount", e.getTotalAmount().doubleValue());
        enrollment.put("currency", e.getCurrency());
        m.put("enrollment", enrollment);
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("title", e.getCoursePack().getTitle());
        m.put("coursePack", pack);
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("email", requester == null ? null : requester.getGmail());
        who.put("fullname", requester == null ? null : requester.getName());
        m.put("requester", who);
        return m;
    }

    /** {@code paymentResult} of start/refresh/callback. The client secret is only given while the card holder must act. */
    static Map<String, Object> paymentResult(PaymentOutcome o, String publishableKey) {
        EnrollmentPayment p = o.payment();
        IntentResult intent = o.intent();
        Enrollment e = o.enrollment();
        String status = intent != null ? intent.status() : p == null ? null : p.getPaymentStatus();
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("id", intent != null ? intent.intentId() : p == null ? null : p.getPaymentId());
        info.put("status", status);
        boolean mustAct = "requires_action".equals(status) || "requires_confirmation".equals(status);
        info.put("clientSecret", mustAct && intent != null ? intent.clientSecret() : null);
        info.put("publishableKey", mustAct ? publishableKey : null);
        info.put("nextActionType", intent == null ? null : intent.nextActionType());
        info.put("errorCode", intent == null ? null : intent.errorCode());
        info.put("declineCode", intent == null ? null : intent.declineCode());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paymentTicketId", p == null ? null : p.getId());
        m.put("orderId", e.getId());
        m.put("paymentId", p == null ? null : p.getPaymentId());
        m.put("paymentStatus", status);
        m.put("paymentIntentInfo", info);
        m.put("statusLiteral", p == null ? null : p.getStatusLiteral());
        m.put("amount", e.getTotalAmount().doubleValue());
        m.put("currency", e.getCurrency());
        m.put("success", "succeeded".equals(status));
        m.put("description", describe(status, intent));
        Map<String, Object> metadata = new LinkedHashMap<>();
        metadata.put("orderId", e.getId().toString());
        metadata.put("attempt", p == null ? 0 : p.getAttempt());
        m.put("metadata", metadata);
        m.put("paymentUserParams", o.params());
        return m;
    }

    private static String describe(String status, IntentResult intent) {
        if (status == null) {
            return "No payment was started.";
        }
        return switch (status) {
            case "succeeded" -> "Payment succeeded.";
            case "requires_action", "requires_confirmation" ->
                    "The card holder must confirm the payment: complete it with Stripe.js using clientSecret and publishableKey, then refresh.";
            case "processing" -> "The payment is processing; the enrollment opens when Stripe confirms it.";
            case "canceled" -> "The payment was canceled.";
            case "requires_payment_method" -> intent != null && intent.errorMessage() != null ? intent.errorMessage() : "The payment failed; try another card.";
            default -> "Payment status: " + status + ".";
        };
    }
}
