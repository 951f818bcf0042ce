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
 * An event acts only on the enrollment its PaymentIntent (or the charge or refund of it) was made
 * for here ({@link PaymentIntents}); {@code metadata.orderId} is not trusted on its own. A handled
 * event locks that enrollment, then checks whether its id was applied before: a second delivery,
 * even a concurrent one, waits for the lock and then finds the first one's {@link WebhookEvent}
 * row, written in the same transaction as the effect. Every other event (other types, a
 * PaymentIntent not made here or made for another enrollment, a succeeded payment of another
 * amount or currency than asked) is recorded as ignored with the reason, logged as a warning and
 * answered 200, so Stripe does not send it again.
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
    PaymentIntents intents;
    @Inject
    RefundReconciliation refunds;

    /** What happened to one delivery: applied (with the enrollment), duplicate, or ignored (with the reason). */
    public record Delivery(String eventId, String type, String outcome, Enrollment enrollment, EnrollmentPayment payment, String reason) {
    }

    /** The PaymentIntent an event's object is about, and the enrollment its metadata claims. */
    private record Subject(String intentId, String claimedOrderId) {
    }

    @Transactional
    public Delivery handle(String payload, String signature) {
        Event event = gateway.verify(payload, signature);
        String type = event.getType();
        if (!HANDLED.contains(type)) {
            return ignored(event, null, "event type " + type + " is not handled");
        }
        StripeObject object = gateway.dataObject(event);
        Subject subject = subject(object);
        UUID enrollmentId = intents.enrollmentOf(subject.intentId());
        Enrollment e = enrollmentId == null ? null : em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            return ignored(event, claimed(subject), subject.intentId() == null ? "the event names no PaymentIntent"
                    : "PaymentIntent " + subject.intentId() + " was not created by this server for any enrollment");
        }
        WebhookEvent seen = em.find(WebhookEvent.class, event.getId());
        if (seen != null) {
            // A redelivery answers as the first delivery did: with the enrollment only when it was applied to it.
            boolean applied = "applied".equals(seen.getOutcome());
            return new Delivery(event.getId(), type, "duplicate", applied ? e : null,
                    applied ? EnrollmentPayment.forOrder(em, e.getId()).orElse(null) : null, seen.getReason());
        }
        if (subject.claimedOrderId() != null && !subject.claimedOrderId().equals(e.getId().toString())) {
            return ignored(event, e.getId(), "metadata.orderId " + subject.claimedOrderId() + " is not enrollment " + e.getId()
                    + ", for which PaymentIntent " + subject.intentId() + " was created");
        }
        String source = "webhook " + type;
        EnrollmentPayment payment;
        if (object instanceof PaymentIntent pi) {
            IntentResult news = IntentResult.of(pi);
            String refusal = intents.refusal(e, news);
            if (refusal != null) {
                return ignored(event, e.getId(), refusal);
            }
            payment = ledger.rowOf(e);
            ledger.applyIntent(e, payment, pi.getId(), pi.getStatus(), news.attempt(payment.getAttempt()), null, source);
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
        return new Delivery(event.getId(), type, "applied", e, payment, null);
    }

    /**
     * Records the event as ignored (once: a redelivery finds the row and is a duplicate) and logs why.
     * The enrollment, when one is named, is kept for the record only: nothing of it changes.
     */
    private Delivery ignored(Event event, UUID enrollmentId, String reason) {
        WebhookEvent seen = em.find(WebhookEvent.class, event.getId());
        if (seen != null) {
            return new Delivery(event.getId(), event.getType(), "duplicate", null, null, seen.getReason());
        }
        LOG.warning(() -> "Stripe event " + event.getId() + " (" + event.getType() + ") ignored: " + reason);
        em.persist(new WebhookEvent(event.getId(), event.getType(), enrollmentId, "ignored", reason));
        em.flush();
        return new Delivery(event.getId(), event.getType(), "ignored", null, null, reason);
    }

    private static Subject subject(StripeObject object) {
        if (object instanceof PaymentIntent pi) {
            return new Subject(pi.getId(), pi.getMetadata() == null ? null : pi.getMetadata().get("orderId"));
        }
        if (object instanceof Charge charge) {
            return new Subject(charge.getPaymentIntent(), charge.getMetadata() == null ? null : charge.getMetadata().get("orderId"));
        }
        if (object instanceof Refund refund) {
            return new Subject(refund.getPaymentIntent(), refund.getMetadata() == null ? null : refund.getMetadata().get("orderId"));
        }
        return new Subject(null, null);
    }

    /** The enrollment the metadata names, when it is a well-formed id (recorded with an ignored event, never acted on). */
    private static UUID claimed(Subject subject) {
        try {
            return subject.claimedOrderId() == null ? null : UUID.fromString(subject.claimedOrderId());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
