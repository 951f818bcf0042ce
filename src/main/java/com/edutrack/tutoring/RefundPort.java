package com.edutrack.tutoring;

/**
 * How the enrollment lifecycle gets a paid enrollment's money back: admin cancel, the two
 * cascades and a payment that arrives after the pending cleanup canceled its enrollment. Owned
 * here and implemented by {@code tutoring.payments} (a full Stripe refund), so the lifecycle does
 * not depend on the payment package.
 *
 * <p>A repeated call after an unknown outcome must not refund twice (the implementation keeps
 * Stripe's idempotency key until Stripe gave a definite answer). When no refund can be made
 * (payments not configured, Stripe unreachable or refusing, no payment recorded) the answer is
 * false and the caller leaves the money owed ({@code refundStatus: eligible}), never claiming
 * {@code refunded}.
 */
public interface RefundPort {
    /** Refunds the full amount paid for the (locked) {@code enrollment}; returns whether it is now refunded. */
    boolean refundPaid(Enrollment enrollment);
}
