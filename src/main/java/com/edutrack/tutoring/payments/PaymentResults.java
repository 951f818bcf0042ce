package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.payments.PaymentForms.PaymentUserParams;
import com.edutrack.tutoring.payments.PaymentService.PaymentOutcome;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What start, refresh and the webhook answer beside the enrollment: {@code paymentResult} (the
 * payment as Stripe left it) and, for the webhook, {@code webhookEvent} (what was done with the
 * event).
 */
public final class PaymentResults {
    private PaymentResults() {
    }

    @Schema(name = "PaymentResult", description = "The enrollment's payment after this call. success is true once Stripe took the money; "
            + "a declined card is an answer (success false, the decline in paymentIntentInfo and description), not an error.",
            example = """
                    {"paymentTicketId": "6b5a4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d", "orderId": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c",
                     "paymentId": "pi_3PqRsT", "paymentStatus": "succeeded",
                     "paymentIntentInfo": {"id": "pi_3PqRsT", "status": "succeeded", "clientSecret": null, "publishableKey": null,
                       "nextActionType": null, "errorCode": null, "declineCode": null},
                     "statusLiteral": "paid", "amount": 120.5, "currency": "USD", "success": true, "description": "Payment succeeded.",
                     "metadata": {"orderId": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c", "attempt": 1},
                     "paymentUserParams": {"paymentMethodId": "pm_card_visa", "cardHolderName": null, "cardHolderZip": null, "redirectUrl": null}}""")
    public record PaymentResult(
            @JsonbProperty("paymentTicketId") @JsonbNillable @Schema(nullable = true, description = "The payment record's id; null when "
                    + "no payment was recorded") UUID paymentTicketId,
            @JsonbProperty("orderId") @Schema(description = "The enrollment id") UUID orderId,
            @JsonbProperty("paymentId") @JsonbNillable @Schema(nullable = true, description = "Stripe PaymentIntent id") String paymentId,
            @JsonbProperty("paymentStatus") @JsonbNillable @Schema(nullable = true, description = "Stripe's PaymentIntent status")
            String paymentStatus,
            @JsonbProperty("paymentIntentInfo") PaymentIntentInfo paymentIntentInfo,
            @JsonbProperty("statusLiteral") @JsonbNillable @Schema(nullable = true) String statusLiteral,
            @JsonbProperty("amount") @Schema(description = "The enrollment's total, in the currency's major unit") double amount,
            @JsonbProperty("currency") String currency,
            @JsonbProperty("success") boolean success,
            @JsonbProperty("description") String description,
            @JsonbProperty("metadata") PaymentMetadata metadata,
            // null on refresh and webhook answers; the schema PaymentUserParams itself admits null (a nullable $ref fails validators)
            @JsonbProperty("paymentUserParams") @JsonbNillable PaymentUserParams paymentUserParams) {

        /** The client secret and publishable key are only given while the card holder must act. */
        static PaymentResult of(PaymentOutcome o, String publishableKey) {
            EnrollmentPayment p = o.payment();
            IntentResult intent = o.intent();
            Enrollment e = o.enrollment();
            String status = intent != null ? intent.status() : p == null ? null : p.getPaymentStatus();
            boolean mustAct = "requires_action".equals(status) || "requires_confirmation".equals(status);
            PaymentIntentInfo info = new PaymentIntentInfo(intent != null ? intent.intentId() : p == null ? null : p.getPaymentId(), status,
                    mustAct && intent != null ? intent.clientSecret() : null, mustAct ? publishableKey : null,
                    intent == null ? null : intent.nextActionType(), intent == null ? null : intent.errorCode(),
                    intent == null ? null : intent.declineCode());
            return new PaymentResult(p == null ? null : p.getId(), e.getId(), p == null ? null : p.getPaymentId(), status, info,
                    p == null ? null : p.getStatusLiteral(), e.getTotalAmount().doubleValue(), e.getCurrency(), "succeeded".equals(status),
                    describe(status, intent), new PaymentMetadata(e.getId().toString(), p == null ? 0 : p.getAttempt()), o.params());
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
                case "requires_payment_method" ->
                        intent != null && intent.errorMessage() != null ? intent.errorMessage() : "The payment failed; try another card.";
                default -> "Payment status: " + status + ".";
            };
        }
    }

    @Schema(name = "PaymentIntentInfo", description = "The Stripe PaymentIntent of this call. clientSecret and publishableKey are only "
            + "given while the card holder must confirm (requires_action, requires_confirmation): finish with Stripe.js, then refresh.")
    public record PaymentIntentInfo(
            @JsonbProperty("id") @JsonbNillable @Schema(nullable = true) String id,
            @JsonbProperty("status") @JsonbNillable @Schema(nullable = true) String status,
            @JsonbProperty("clientSecret") @JsonbNillable @Schema(nullable = true) String clientSecret,
            @JsonbProperty("publishableKey") @JsonbNillable @Schema(nullable = true) String publishableKey,
            @JsonbProperty("nextActionType") @JsonbNillable @Schema(nullable = true, example = "use_stripe_sdk") String nextActionType,
            @JsonbProperty("errorCode") @JsonbNillable @Schema(nullable = true, example = "card_declined") String errorCode,
            @JsonbProperty("declineCode") @JsonbNillable @Schema(nullable = true, example = "insufficient_funds") String declineCode) {
    }

    @Schema(name = "PaymentMetadata", description = "What the PaymentIntent carries at Stripe: the enrollment and the attempt number "
            + "(0 before the first attempt).")
    public record PaymentMetadata(
            @JsonbProperty("orderId") @Schema(format = "uuid") String orderId,
            @JsonbProperty("attempt") @Schema(minimum = "0") int attempt) {
    }

    @Schema(name = "WebhookDelivery", description = "A Stripe event as received: applied to its enrollment, a duplicate of one seen "
            + "before, or ignored (another type, or a PaymentIntent this server did not make for that enrollment).")
    public record WebhookDelivery(
            @JsonbProperty("id") @Schema(description = "Stripe's event id (evt_...)") String id,
            @JsonbProperty("type") @Schema(example = "payment_intent.succeeded") String type,
            @JsonbProperty("outcome") @Schema(enumeration = {"applied", "duplicate", "ignored"}) String outcome) {
        static WebhookDelivery of(WebhookService.Delivery d) {
            return new WebhookDelivery(d.eventId(), d.type(), d.outcome());
        }
    }
}
