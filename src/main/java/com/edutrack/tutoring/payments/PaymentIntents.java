package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.Money;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The PaymentIntents this server made, and what Stripe's news of a PaymentIntent has to pass
 * before it may move an enrollment: the PaymentIntent was made here for that enrollment, and a
 * succeeded one asks for exactly the amount and currency that were asked. Anything else (a
 * PaymentIntent made elsewhere on the same Stripe account, a forged or replayed orderId, an
 * amount changed at Stripe) changes nothing.
 */
@ApplicationScoped
public class PaymentIntents {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** Records a PaymentIntent just created for attempt {@code attempt} of the enrollment (none when Stripe declined before making one). */
    public void record(Enrollment e, IntentResult created, int attempt, long amountMinor, String paymentMethodId) {
        if (created.intentId() == null) {
            return;
        }
        PaymentIntentRecord made = em.find(PaymentIntentRecord.class, created.intentId());
        if (made == null) {
            made = new PaymentIntentRecord(created.intentId(), e.getId(), attempt, amountMinor, e.getCurrency(), paymentMethodId);
            em.persist(made);
        }
        made.charged(created.paymentMethodId());
    }

    /**
     * The enrollment a PaymentIntent was made for here, or null. A payment row's PaymentIntent
     * counts as made for its enrollment too (rows from before the PaymentIntents were listed).
     */
    public UUID enrollmentOf(String intentId) {
        if (intentId == null) {
            return null;
        }
        PaymentIntentRecord made = em.find(PaymentIntentRecord.class, intentId);
        if (made != null) {
            return made.getEnrollmentId();
        }
        return em.createQuery("select p.orderId from EnrollmentPayment p where p.paymentId = :pi", UUID.class).setParameter("pi", intentId)
                .getResultStream().findFirst().orElse(null);
    }

    /** Why news of PaymentIntent {@code intentId} must not touch enrollment {@code e}, or null when it may. */
    public String notMadeFor(Enrollment e, String intentId) {
        if (intentId == null) {
            return "the event names no PaymentIntent";
        }
        UUID madeFor = enrollmentOf(intentId);
        if (madeFor == null) {
            return "PaymentIntent " + intentId + " was not created by this server";
        }
        return madeFor.equals(e.getId()) ? null : "PaymentIntent " + intentId + " was created for enrollment " + madeFor + ", not " + e.getId();
    }

    /** {@link #notMadeFor}, and for a succeeded PaymentIntent also another amount or currency than asked. */
    public String refusal(Enrollment e, IntentResult pi) {
        String notMade = notMadeFor(e, pi.intentId());
        if (notMade != null || !"succeeded".equals(pi.status())) {
            return notMade;
        }
        PaymentIntentRecord made = em.find(PaymentIntentRecord.class, pi.intentId());
        EnrollmentPayment row = made == null ? EnrollmentPayment.forOrder(em, e.getId()).orElse(null) : null;
        long asked = made != null ? made.getAmountMinor() : row != null ? row.getAmountMinor() : Money.toMinor(e.getTotalAmount(), e.getCurrency());
        String currency = made != null ? made.getCurrency() : row != null ? row.getCurrency() : e.getCurrency();
        if (pi.asks(asked, currency)) {
            return null;
        }
        return "PaymentIntent " + pi.intentId() + " is for " + pi.amount() + " " + pi.currency() + ", not the " + asked + " " + currency + " asked";
    }
}
