package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** A user's Stripe customer and the cards they paid with ({@code sys_paymentCustomer}, {@code sys_paymentMethod}). */
@ApplicationScoped
public class PaymentProfiles {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StripeGateway gateway;

    /**
     * The user's Stripe customer, created on first payment. The user row is locked first so two
     * payments of one student starting together create one customer (and one row).
     */
    public PaymentCustomer customerOf(UUID userUuid) {
        User user = em.createQuery("select u from User u where u.uuid = :u", User.class).setParameter("u", userUuid)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getSingleResult();
        return em.createQuery("select c from PaymentCustomer c where c.userId = :u and c.platform = :p", PaymentCustomer.class)
                .setParameter("u", userUuid).setParameter("p", PaymentCustomer.STRIPE).getResultStream().findFirst()
                .orElseGet(() -> {
                    PaymentCustomer customer = new PaymentCustomer(userUuid, gateway.createCustomer(userUuid, user.getGmail(), user.getName()));
                    em.persist(customer);
                    return customer;
                });
    }

    /**
     * Makes the card the customer's and stores it: reads it from Stripe, attaches it when it is
     * attached to no customer yet, and keeps the PaymentMethod Stripe answers with. That id is
     * the one stored and charged: attaching a test token such as {@code pm_card_visa} (or a card
     * used once without a customer) creates a new PaymentMethod, so two students may well send
     * the same id. Ownership is Stripe's: a card attached to another customer is refused, and so
     * is one whose PaymentMethod we recorded for another user.
     */
    public PaymentMethodRecord useCard(PaymentCustomer customer, String paymentMethodId, String holderName, String holderZip) {
        CardDetails card = gateway.paymentMethod(paymentMethodId);
        if (card.customerId() == null) {
            card = gateway.attach(paymentMethodId, customer.getCustomerId());
        }
        if (!customer.getCustomerId().equals(card.customerId())) {
            throw ApiException.tutoring(400, "errMsg_PaymentMethodIsNotValid", "This payment method belongs to another customer.");
        }
        String attachedId = card.paymentMethodId();
        PaymentMethodRecord record = em.createQuery("select m from PaymentMethodRecord m where m.paymentMethodId = :pm", PaymentMethodRecord.class)
                .setParameter("pm", attachedId).getResultStream().findFirst().orElse(null);
        if (record != null && !record.getUserId().equals(customer.getUserId())) {
            throw ApiException.tutoring(400, "errMsg_PaymentMethodIsNotValid", "This payment method belongs to another user.");
        }
        if (record == null) {
            record = new PaymentMethodRecord(attachedId, customer.getUserId(), customer.getCustomerId());
            em.persist(record);
        }
        record.describe(customer.getCustomerId(), holderName != null ? holderName : card.holderName(),
                holderZip != null ? holderZip : card.postalCode(), card.cardInfo().toJson());
        return record;
    }
}
