package com.edutrack.tutoring.payments;

import java.util.Locale;
import java.util.Map;

import com.stripe.model.PaymentIntent;

/**
 * A PaymentIntent as far as the enrollment needs it (what Stripe answered to a create or a
 * retrieve, or sent in an event), or the decline that came instead. {@code amount} and
 * {@code currency} are what the PaymentIntent asks for; {@code paymentMethodId} is the
 * PaymentMethod it charges.
 */
public record IntentResult(String intentId, String status, String clientSecret, String nextActionType, Map<String, String> metadata,
                           String errorCode, String declineCode, String errorMessage, Long amount, String currency, String paymentMethodId) {
    static IntentResult of(PaymentIntent pi) {
        String lastError = pi.getLastPaymentError() == null ? null : pi.getLastPaymentError().getMessage();
        String lastCode = pi.getLastPaymentError() == null ? null : pi.getLastPaymentError().getCode();
        String lastDecline = pi.getLastPaymentError() == null ? null : pi.getLastPaymentError().getDeclineCode();
        return new IntentResult(pi.getId(), pi.getStatus(), pi.getClientSecret(),
                pi.getNextAction() == null ? null : pi.getNextAction().getType(),
                pi.getMetadata() == null ? Map.of() : pi.getMetadata(), lastCode, lastDecline, lastError,
                pi.getAmount(), pi.getCurrency(), pi.getPaymentMethod());
    }

    static IntentResult declined(PaymentIntent left, String code, String declineCode, String message) {
        if (left == null) {
            return new IntentResult(null, "requires_payment_method", null, null, Map.of(), code, declineCode, message, null, null, null);
        }
        return new IntentResult(left.getId(), left.getStatus(), null, null, left.getMetadata() == null ? Map.of() : left.getMetadata(),
                code, declineCode, message, left.getAmount(), left.getCurrency(), left.getPaymentMethod());
    }

    /** The attempt number our metadata carries, or {@code fallback}. */
    public int attempt(int fallback) {
        try {
            return Integer.parseInt(metadata.getOrDefault("attempt", Integer.toString(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** Whether this PaymentIntent asks for exactly {@code amountMinor} in {@code currency} (Stripe writes currencies in lower case). */
    public boolean asks(long amountMinor, String currency) {
        return amount != null && amount == amountMinor && this.currency != null && currency != null
                && this.currency.toLowerCase(Locale.ROOT).equals(currency.toLowerCase(Locale.ROOT));
    }
}
