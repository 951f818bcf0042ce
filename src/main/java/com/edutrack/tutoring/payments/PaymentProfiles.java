package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.payments.StripeGateway.CardDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** A user's Stripe customer and the cards they paid with ({@code sys_paymentCustomer}, {@code sys_paymentMethod}). */
@ApplicationScoped
public class PaymentProfiles {
    private static final Jsonb JSON = JsonbBuilder.create();

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
     * Reads the card from Stripe, attaches it to the customer when it is not yet, and stores it.
     * A card attached to another customer, or stored for another user, is refused.
     */
    public PaymentMethodRecord useCard(PaymentCustomer customer, String paymentMethodId, String holderName, String holderZip) {
        CardDetails card = gateway.paymentMethod(paymentMethodId);
        if (card.customerId() != null && !card.customerId().equals(customer.getCustomerId())) {
            throw ApiException.tutoring(400, "errMsg_PaymentMethodIsNotValid", "This payment method belongs to another customer.");
        }
        PaymentMethodRecord record = em.createQuery("select m from PaymentMethodRecord m where m.paymentMethodId = :pm", PaymentMethodRecord.class)
                .setParameter("pm", paymentMethodId).getResultStream().findFirst().orElse(null);
        if (record != null && !record.getUserId().equals(customer.getUserId())) {
            throw ApiException.tutoring(400, "errMsg_PaymentMethodIsNotValid", "This payment method belongs to another user.");
        }
        if (card.customerId() == null) {
            gateway.attach(paymentMethodId, customer.getCustomerId());
        }
        if (record == null) {
            record = new PaymentMethodRecord(paymentMethodId, customer.getUserId(), customer.getCustomerId());
            em.persist(record);
        }
        record.describe(customer.getCustomerId(), holderName != null ? holderName : card.holderName(),
                holderZip != null ? holderZip : card.postalCode(), JSON.toJson(card.cardInfo()));
        return record;
    }
}
