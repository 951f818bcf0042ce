package com.edutrack.tutoring.payments;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

import com.edutrack.tutoring.Enrollment;
import com.stripe.model.Charge;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The Stripe webhook. The signature is verified first (nothing is read or written for a bad one).
 * A handled event locks its enrollment, then checks whether its id was applied before: a second
 * delivery, even a concurrent one, waits for the lock and then finds the first one's
 * {@link WebhookEvent} row, written in the same transaction as the effect. Other event types, and
 * events about no enrollment of ours, are answered 200 and ignored (Stripe stops resending).
 */
@ApplicationScoped
public class WebhookService {
    private static final Logger LOG = Logger.getLogger(WebhookService.class.getName());
    static final Set<String> HANDLED = Set.of("payment_intent.succeeded", "payment_intent.payment_failed", "payment_intent.canceled",
            "charge.refunded", "refund.updated", "refund.failed");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StripeGateway gateway;
    @Inject
    PaymentLedger ledger;
    @Inject
    RefundService refunds;

    /** What happened to one delivery: applied (with the enrollment), duplicate, or ignored. */
    public record Delivery(String eventId, String type, String outcome, Enrollment enrollment, EnrollmentPayment payment) {
    }

    @Transactional
    public Delivery handle(String payload, String signature) {
        Event event = gateway.verify(payload, signature);
        String type = event.getType();
        if (!HANDLED.contains(type)) {
            return new Delivery(event.getId(), type, "ignored", null, null);
        }
        StripeObject object = gateway.dataObject(event);
        UUID enrollmentId = enrollmentOf(object);
        Enrollment e = enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            LOG.info(() -> "Stripe event " + event.getId() + " (" + type + ") concerns no enrollment here: ignored");
            return new Delivery(event.getId(), type, "ignored", null, null);
        }
        if (em.find(WebhookEvent.class, event.getId()) != null) {
            return new Delivery(event.getId(), type, "duplicate", e, EnrollmentPayment.forOrder(em, e.getId()).orElse(null));
        }
        String source = "webhook " + type;
        EnrollmentPayment payment;
        if (object instanceof PaymentIntent pi) {
            payment = ledger.rowOf(e);
            ledger.applyIntent(e, payment, pi.getId(), pi.getStatus(), attempt(pi.getMetadata(), payment.getAttempt()), null, source);
        } else {
            // Refund news needs the payment the refund was made from.
            payment = EnrollmentPayment.forOrder(em, e.getId()).orElse(null);
            if (payment != null && object instanceof Charge charge) {
                refunds.chargeRefunded(e, payment, charge.getAmountRefunded() == null ? 0 : charge.getAmountRefunded(),
                        Boolean.TRUE.equals(charge.getRefunded()), source);
            } else if (payment != null && object instanceof Refund refund) {
                Map<String, String> metadata = refund.getMetadata() == null ? Map.of() : refund.getMetadata();
                String status = "refund.failed".equals(type) ? "failed" : refund.getStatus();
                if ("failed".equals(status) || "canceled".equals(status)) {
                    refunds.refundFailed(e, payment, refund.getId(), metadata, refund.getFailureReason());
                } else if ("succeeded".equals(status) || "pending".equals(status)) {
                    refunds.refundSucceeded(e, payment, refund.getId(), metadata, source);
                }
            }
        }
        em.persist(new WebhookEvent(event.getId(), type, e.getId(), "applied"));
        em.flush();
        return new Delivery(event.getId(), type, "applied", e, payment);
    }

    /** Our metadata names the enrollment (orderId); otherwise the PaymentIntent id leads to its payment row. */
    private UUID enrollmentOf(StripeObject object) {
        String orderId = null;
        String intentId = null;
        if (object instanceof PaymentIntent pi) {
            orderId = pi.getMetadata() == null ? null : pi.getMetadata().get("orderId");
            intentId = pi.getId();
        } else if (object instanceof Charge charge) {
            orderId = charge.getMetadata() == null ? null : charge.getMetadata().get("orderId");
            intentId = charge.getPaymentIntent();
        } else if (object instanceof Refund refund) {
            orderId = refund.getMetadata() == null ? null : refund.getMetadata().get("orderId");
            intentId = refund.getPaymentIntent();
        }
        if (orderId != null) {
            try {
                return UUID.fromString(orderId);
            } catch (IllegalArgumentException ignored) {
                // not one of ours: fall back to the PaymentIntent
            }
        }
        if (intentId == null) {
            return null;
        }
        return em.createQuery("select p.orderId from EnrollmentPayment p where p.paymentId = :pi", UUID.class).setParameter("pi", intentId)
                .getResultStream().findFirst().orElse(null);
    }

    private static int attempt(Map<String, String> metadata, int fallback) {
        try {
            return metadata == null || metadata.get("attempt") == null ? fallback : Integer.parseInt(metadata.get("attempt"));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
