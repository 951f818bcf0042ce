package com.edutrack.tutoring.payments;

import java.util.Map;

import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.EnrollmentAudit;
import com.edutrack.tutoring.EnrollmentLifecycleService;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.payments.RefundRequest.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What Stripe reports about refunds later (webhook), applied to the enrollment (already locked by
 * the webhook), its payment row and its refund request: a refund we could not confirm turned out
 * done, a refund was made in the Stripe dashboard, or a refund we recorded failed.
 */
@ApplicationScoped
public class RefundReconciliation {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    PaymentLedger ledger;
    @Inject
    EnrollmentLifecycleService lifecycle;

    /** {@code charge.refunded}: confirms a request whose refund had not been confirmed, or records a full refund made at Stripe. */
    void chargeRefunded(Enrollment e, EnrollmentPayment payment, long amountRefunded, boolean fully, String source) {
        RefundRequest r = RefundRequest.forEnrollment(em, e).orElse(null);
        if (r != null && r.getStatus() == Status.pending && amountRefunded >= r.getAmountMinor() && e.getPaymentStatus() == PaymentStatus.paid) {
            r.confirmed(null, "Stripe confirmed the refund (" + source + ").");
            payment.recordRefund(null, "succeeded", payment.getRefundAttempt());
            ledger.refunded(e, r.getAmountMinor(), "refund confirmed by Stripe", null);
        } else if (fully && e.getPaymentStatus() == PaymentStatus.paid) {
            fullRefundMadeAtStripe(e, payment, null, source);
        }
    }

    /** {@code refund.updated} with a succeeded/pending refund. */
    void refundSucceeded(Enrollment e, EnrollmentPayment payment, String refundId, Map<String, String> metadata, String source) {
        RefundRequest r = RefundRequest.forEnrollment(em, e).orElse(null);
        if (r != null && matches(r, refundId, metadata)) {
            if (r.getStatus() == Status.pending && e.getPaymentStatus() == PaymentStatus.paid) {
                r.confirmed(refundId, "Stripe confirmed the refund (" + source + ").");
                payment.recordRefund(refundId, "succeeded", payment.getRefundAttempt());
                ledger.refunded(e, r.getAmountMinor(), "refund confirmed by Stripe", null);
            }
        } else if (e.getPaymentStatus() == PaymentStatus.paid && (refundId.equals(payment.getRefundId()) || "full".equals(metadata.get("refundKind")))) {
            fullRefundMadeAtStripe(e, payment, refundId, source);
        }
    }

    /**
     * {@code refund.failed} (or {@code refund.updated} failed/canceled): a refund we recorded did not
     * happen. The enrollment keeps its state but the money is owed again ({@code paymentStatus:
     * paid, refundStatus: eligible}); a request goes back to pending for an admin to retry (with a
     * new idempotency key) or reject.
     */
    void refundFailed(Enrollment e, EnrollmentPayment payment, String refundId, Map<String, String> metadata, String reason) {
        RefundRequest r = RefundRequest.forEnrollment(em, e).orElse(null);
        boolean ours = false;
        if (r != null && matches(r, refundId, metadata)) {
            r.keepPending("Stripe refund " + refundId + " failed" + (reason == null ? "" : " (" + reason + ")") + "; approve to retry or reject.",
                    r.getStatus() == Status.pending);
            ours = true;
        }
        if (ours || refundId.equals(payment.getRefundId()) || "full".equals(metadata.get("refundKind"))) {
            payment.recordRefundFailed("failed");
            String from = e.getEnrollmentStatus().name();
            if (e.markRefundFailed()) {
                em.persist(new EnrollmentAudit(e.getId(), null, from, from, "Stripe refund " + refundId + " failed: refund owed again"));
            }
        }
    }

    private void fullRefundMadeAtStripe(Enrollment e, EnrollmentPayment payment, String refundId, String source) {
        payment.recordRefund(refundId, "succeeded", payment.getRefundAttempt());
        if (e.isLive()) {
            lifecycle.cancelSettled(e, "refunded at Stripe (" + source + ")", null, true);
        } else {
            ledger.refunded(e, payment.getAmountMinor(), "refunded at Stripe (" + source + ")", null);
        }
    }

    private static boolean matches(RefundRequest r, String refundId, Map<String, String> metadata) {
        return (refundId != null && refundId.equals(r.getStripeRefundId())) || r.getId().toString().equals(metadata.get("refundRequestId"));
    }

    RefundRequest requestOf(Enrollment e) {
        return em.createQuery("select r from RefundRequest r where r.enrollment = :e", RefundRequest.class).setParameter("e", e)
                .getResultStream().findFirst().orElse(null);
    }
}
