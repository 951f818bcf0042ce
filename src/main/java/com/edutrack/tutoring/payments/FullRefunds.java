package com.edutrack.tutoring.payments;

import java.util.Map;
import java.util.logging.Logger;

import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.RefundPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The {@link RefundPort} of the enrollment lifecycle: a full refund of the enrollment's
 * PaymentIntent through Stripe. The idempotency key is the enrollment id plus a refund attempt
 * number that only moves on after Stripe gave a definite refusal: a cancel repeated after a
 * timeout reuses the key, so it can never refund twice. {@code charge_already_refunded} counts as
 * done.
 */
@ApplicationScoped
public class FullRefunds implements RefundPort {
    private static final Logger LOG = Logger.getLogger(FullRefunds.class.getName());

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StripeGateway gateway;

    @Override
    public boolean refundPaid(Enrollment enrollment) {
        EnrollmentPayment payment = EnrollmentPayment.forOrder(em, enrollment.getId()).orElse(null);
        if (payment == null || payment.getPaymentId() == null) {
            LOG.warning(() -> "refundPaid(" + enrollment.getId() + "): no Stripe payment recorded, the refund stays owed");
            return false;
        }
        if (EnrollmentPayment.REFUNDED.equals(payment.getStatusLiteral())) {
            return true;
        }
        int attempt = payment.getRefundAttempt() + 1;
        RefundResult result = gateway.refund(payment.getPaymentId(), null, "enrollment-" + enrollment.getId() + "-refund-" + attempt,
                Map.of("orderId", enrollment.getId().toString(), "refundKind", "full"));
        switch (result.kind()) {
            case DONE -> {
                payment.recordRefund(result.refundId(), result.status(), attempt);
                return true;
            }
            case REFUSED -> {
                payment.recordRefundRefused(result.code(), attempt);
                LOG.warning(() -> "refundPaid(" + enrollment.getId() + "): Stripe refused: " + result.message());
                return false;
            }
            default -> {
                LOG.warning(() -> "refundPaid(" + enrollment.getId() + "): Stripe unavailable: " + result.message());
                return false;
            }
        }
    }
}
