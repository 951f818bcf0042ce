package com.edutrack.tutoring.payments;

import java.util.logging.Level;
import java.util.logging.Logger;

import com.edutrack.platform.errors.ApiException;
import com.stripe.exception.ApiConnectionException;
import com.stripe.exception.AuthenticationException;
import com.stripe.exception.IdempotencyException;
import com.stripe.exception.PermissionException;
import com.stripe.exception.RateLimitException;
import com.stripe.exception.StripeException;

/**
 * A Stripe call that failed, sorted by what the caller can do about it: Stripe unreachable or
 * failing (retry, the idempotency key makes it safe), refused (the request itself), a conflicting
 * earlier attempt under the same key, or this server's credentials refused.
 */
record StripeFailure(Kind kind, String code, String message) {
    private static final Logger LOG = Logger.getLogger(StripeFailure.class.getName());

    enum Kind { UNAVAILABLE, REFUSED, CONFLICT, MISCONFIGURED }

    static StripeFailure of(StripeException e) {
        String code = e.getCode();
        String message = e.getStripeError() != null && e.getStripeError().getMessage() != null ? e.getStripeError().getMessage() : e.getMessage();
        Kind kind;
        if (e instanceof ApiConnectionException || e instanceof RateLimitException || e instanceof com.stripe.exception.ApiException) {
            kind = Kind.UNAVAILABLE;
        } else if (e instanceof IdempotencyException) {
            kind = Kind.CONFLICT;
        } else if (e instanceof AuthenticationException || e instanceof PermissionException) {
            kind = Kind.MISCONFIGURED;
        } else if (e.getStatusCode() != null && e.getStatusCode() >= 500) {
            kind = Kind.UNAVAILABLE;
        } else {
            kind = Kind.REFUSED;
        }
        LOG.log(kind == Kind.REFUSED ? Level.INFO : Level.WARNING,
                "Stripe call failed (" + kind + ", code " + code + ", request " + e.getRequestId() + "): " + message);
        return new StripeFailure(kind, code, message == null ? "The payment provider refused the request." : message);
    }

    /** The answer of a route whose Stripe call failed: 502 (Stripe's side or our keys), 409 or 400. */
    ApiException toApi() {
        return switch (kind) {
            case UNAVAILABLE -> ApiException.tutoring(502, "errMsg_PaymentGatewayUnavailable",
                    "The payment provider did not answer in time or failed; nothing was recorded. Try again: a retry cannot charge twice.");
            case CONFLICT -> ApiException.tutoring(409, "errMsg_PaymentAttemptConflict",
                    "An earlier attempt of this payment is still open at the payment provider with other details; retry with the same card.");
            case MISCONFIGURED -> ApiException.tutoring(502, "errMsg_PaymentGatewayError", "The payment provider refused this server's credentials.");
            case REFUSED -> ApiException.tutoring(400, "errMsg_PaymentRequestRefused", message);
        };
    }
}
