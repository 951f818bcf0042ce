package com.edutrack.tutoring.payments;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import com.edutrack.tutoring.Callers;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.EnrollmentAudit;
import com.edutrack.tutoring.Money;
import com.edutrack.tutoring.RefundPort;
import com.edutrack.tutoring.TutoringNotices;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/**
 * Applies what Stripe says about a PaymentIntent to the enrollment and its payment row. Start,
 * refresh and the webhook all come here, always holding the enrollment's row lock, so the
 * mapping is one and an enrollment only moves forward:
 * <ul>
 * <li>{@code succeeded}: a pending, unpaid enrollment becomes paid/active ({@code enrolledAt},
 * {@code paymentConfirmation: paid}) and the student is notified. If the enrollment was canceled
 * before the money arrived (the pending cleanup won the race), it stays canceled and the payment
 * is refunded in full at once.</li>
 * <li>{@code processing}, {@code requires_action}, {@code requires_confirmation}:
 * {@code paymentConfirmation: processing}.</li>
 * <li>{@code requires_payment_method} (declined, failed) and {@code canceled}:
 * {@code paymentConfirmation: canceled}; the student may start again with another card.</li>
 * </ul>
 */
@ApplicationScoped
public class PaymentLedger {
    private static final Logger LOG = Logger.getLogger(PaymentLedger.class.getName());
    static final Set<String> IN_PROGRESS = Set.of("processing", "requires_action", "requires_confirmation");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    RefundPort refunds;
    @Inject
    TutoringNotices notices;

    /** The enrollment, row-locked for the rest of the transaction; 404 errMsg_EnrollmentNotFound when there is none. */
    Enrollment lock(UUID id) {
        Enrollment e = em.find(Enrollment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        return e;
    }

    /** The enrollment's payment row, created on first use (its first attempt, or Stripe news of a payment we did not record). */
    EnrollmentPayment rowOf(Enrollment e) {
        return EnrollmentPayment.forOrder(em, e.getId()).orElseGet(() -> {
            EnrollmentPayment row = new EnrollmentPayment(e.getStudentId(), e.getId(), Money.toMinor(e.getTotalAmount(), e.getCurrency()),
                    e.getCurrency(), EnrollmentPayment.PROCESSING);
            em.persist(row);
            return row;
        });
    }

    /**
     * Records attempt {@code attempt}'s PaymentIntent {@code intentId} in state {@code status} for
     * the locked enrollment. News of an older attempt than the row's latest is ignored, except that
     * money taken is never ignored.
     */
    public void applyIntent(Enrollment e, EnrollmentPayment row, String intentId, String status, int attempt, UUID actor, String source) {
        boolean stale = row.getPaymentId() != null && intentId != null && !intentId.equals(row.getPaymentId()) && attempt < row.getAttempt();
        if (stale && !"succeeded".equals(status)) {
            LOG.info(() -> "ignored " + status + " of an older payment attempt " + intentId + " of enrollment " + e.getId());
            return;
        }
        switch (status == null ? "" : status) {
            case "succeeded" -> succeeded(e, row, intentId, attempt, actor, source);
            case "processing", "requires_action", "requires_confirmation" -> {
                if (!row.settled()) {
                    row.recordIntent(intentId, status, attempt, EnrollmentPayment.PROCESSING);
                }
                e.markPaymentProcessing();
            }
            case "requires_payment_method", "canceled" -> {
                if (!row.settled()) {
                    row.recordIntent(intentId, status, attempt, "canceled".equals(status) ? EnrollmentPayment.CANCELED : EnrollmentPayment.FAILED);
                }
                e.markPaymentFailed();
            }
            default -> LOG.info(() -> "payment " + intentId + " of enrollment " + e.getId() + " is " + status + ": nothing to change");
        }
    }

    private void succeeded(Enrollment e, EnrollmentPayment row, String intentId, int attempt, UUID actor, String source) {
        if (row.settled() && intentId != null && row.getPaymentId() != null && !intentId.equals(row.getPaymentId())) {
            // Every new attempt waits for the previous one to fail, so this needs a person to look.
            LOG.severe(() -> "second successful payment " + intentId + " for enrollment " + e.getId() + " (recorded: "
                    + row.getPaymentId() + "): refund it in the Stripe dashboard");
            return;
        }
        row.recordIntent(intentId, "succeeded", attempt, EnrollmentPayment.PAID);
        String from = e.getEnrollmentStatus().name();
        if (e.markPaid(Instant.now())) {
            em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(), "payment succeeded (" + source + ")"));
            notices.confirmed(e);
        } else if (e.markLatePayment()) {
            // The enrollment was canceled while this payment was under way: its slots may already
            // belong to someone else, so it is not revived; the money goes back in full.
            boolean refunded = refunds.refundPaid(e);
            if (refunded) {
                e.markRefunded();
                notices.refundProcessed(e, row.getAmountMinor());
            }
            em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(),
                    "payment arrived after cancel (" + source + "): " + (refunded ? "refunded in full" : "refund owed")));
        }
    }

    /** Money went back: a live enrollment is canceled (booked slots freed), a canceled one just marked refunded. */
    void refunded(Enrollment e, long amountMinor, String why, UUID actor) {
        String from = e.getEnrollmentStatus().name();
        if (!e.cancel(true)) {
            e.markRefunded();
        }
        em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(),
                why + ": " + Money.toMajor(amountMinor, e.getCurrency()).toPlainString() + " " + e.getCurrency() + " refunded"));
        notices.refundProcessed(e, amountMinor);
    }
}
