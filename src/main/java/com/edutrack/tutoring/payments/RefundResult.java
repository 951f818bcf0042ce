package com.edutrack.tutoring.payments;

/** A Stripe refund: done (Stripe's refund id, null when the charge was already refunded), refused, or Stripe unreachable. */
public record RefundResult(Kind kind, String refundId, String status, String code, String message) {
    public enum Kind { DONE, REFUSED, UNAVAILABLE }

    static RefundResult done(String id, String status) {
        return new RefundResult(Kind.DONE, id, status, null, null);
    }

    static RefundResult refused(String code, String message) {
        return new RefundResult(Kind.REFUSED, null, "refused", code, message);
    }

    static RefundResult unavailable(String code, String message) {
        return new RefundResult(Kind.UNAVAILABLE, null, "unavailable", code, message);
    }

    public boolean done() {
        return kind == Kind.DONE;
    }
}
