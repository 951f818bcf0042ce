package com.edutrack.tutoring;

import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The one place where canceling a paid enrollment asks the payment side for its money back.
 *
 * <p>Until the payments issue (Stripe) lands this is a documented no-op: no enrollment can reach
 * {@code paid} through the API yet, so there is nothing to send. It answers {@code true}
 * ("refunded") so the cancel paths already record {@code paymentStatus: refunded,
 * refundStatus: processed} as the contract asks; the payments work replaces the body with the
 * full-amount Stripe refund (idempotency key from the enrollment id, {@code
 * charge_already_refunded} counting as done) and may answer {@code false} to leave it unrefunded.
 */
@ApplicationScoped
public class RefundPort {
    private static final Logger LOG = Logger.getLogger(RefundPort.class.getName());

    /** Refunds the full amount paid for {@code enrollment}; returns whether it is now refunded. */
    public boolean refundPaid(Enrollment enrollment) {
        LOG.info(() -> "refundPaid(" + enrollment.getId() + "): payments not wired yet, nothing sent");
        return true;
    }
}
