package com.edutrack.tutoring.payments;

import java.util.Map;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The request body of the Stripe webhook, for the OpenAPI document only. The route reads the body
 * as raw bytes, since the signature is computed over them, and stripe-java parses the event after
 * the check; these records list the fields the webhook acts on, in Stripe's snake_case names. A
 * Stripe event carries many more: every level allows further keys.
 */
final class StripeEventSchema {
    private StripeEventSchema() {
    }

    @Schema(name = "StripeEvent", description = "A Stripe event as Stripe sends it (signed in the Stripe-Signature header). Handled "
            + "types: payment_intent.succeeded, payment_intent.payment_failed, payment_intent.canceled, charge.refunded, refund.updated, "
            + "refund.failed; any other is answered and ignored.", requiredProperties = {"id", "object", "type", "data"},
            additionalProperties = Schema.True.class,
            example = """
                    {"id": "evt_1PqRsT", "object": "event", "api_version": "2024-06-20", "created": 1767607200, "livemode": false,
                     "type": "payment_intent.succeeded", "data": {"object": {"id": "pi_3PqRsT", "object": "payment_intent",
                     "status": "succeeded", "amount": 12050, "currency": "usd",
                     "metadata": {"orderId": "2f1e0d9c-8b7a-4f6e-9d5c-4b3a2f1e0d9c", "attempt": "1"}}}}""")
    record StripeEvent(
            @JsonbProperty("id") @Schema(description = "evt_...; each id acts once") String id,
            @JsonbProperty("object") @Schema(enumeration = "event") String object,
            @JsonbProperty("api_version") @Schema(nullable = true) String apiVersion,
            @JsonbProperty("created") @Schema(description = "Epoch seconds") Long created,
            @JsonbProperty("type") String type,
            @JsonbProperty("data") StripeEventData data) {
    }

    @Schema(name = "StripeEventData", requiredProperties = "object", additionalProperties = Schema.True.class)
    record StripeEventData(@JsonbProperty("object") StripeEventObject object) {
    }

    @Schema(name = "StripeEventObject", description = "The event's object: a payment_intent, a charge or a refund for the handled "
            + "types. Acted on only when its PaymentIntent (payment_intent, or id for a payment_intent) was made here for the enrollment.",
            requiredProperties = "object", additionalProperties = Schema.True.class)
    record StripeEventObject(
            @JsonbProperty("id") String id,
            @JsonbProperty("object") @Schema(example = "payment_intent") String object,
            @JsonbProperty("status") @Schema(nullable = true) String status,
            @JsonbProperty("amount") @Schema(nullable = true, description = "Minor units") Long amount,
            @JsonbProperty("currency") @Schema(nullable = true) String currency,
            @JsonbProperty("payment_intent") @Schema(nullable = true, description = "Of a charge or a refund") String paymentIntent,
            @JsonbProperty("payment_method") @Schema(nullable = true) String paymentMethod,
            @JsonbProperty("amount_refunded") @Schema(nullable = true, description = "Of a charge, minor units") Long amountRefunded,
            @JsonbProperty("refunded") @Schema(nullable = true, description = "Of a charge: fully refunded") Boolean refunded,
            @JsonbProperty("failure_reason") @Schema(nullable = true, description = "Of a failed refund") String failureReason,
            @JsonbProperty("metadata") @Schema(nullable = true, description = "orderId (the enrollment), attempt; refundRequestId, "
                    + "refundKind on refunds") Map<String, String> metadata) {
    }
}
