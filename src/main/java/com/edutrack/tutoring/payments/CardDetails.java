package com.edutrack.tutoring.payments;

import com.stripe.model.PaymentMethod;

/**
 * The parts of a Stripe card PaymentMethod we store (sys_paymentMethod.cardInfo and holder
 * fields), with its id and the Stripe customer it is attached to (null: none yet).
 */
public record CardDetails(String paymentMethodId, String customerId, String brand, String last4, Long expMonth, Long expYear,
                          String funding, String country, String holderName, String postalCode) {
    static CardDetails of(PaymentMethod pm) {
        PaymentMethod.Card card = pm.getCard();
        PaymentMethod.BillingDetails billing = pm.getBillingDetails();
        return new CardDetails(pm.getId(), pm.getCustomer(),
                card == null ? null : card.getBrand(), card == null ? null : card.getLast4(),
                card == null ? null : card.getExpMonth(), card == null ? null : card.getExpYear(),
                card == null ? null : card.getFunding(), card == null ? null : card.getCountry(),
                billing == null ? null : billing.getName(),
                billing == null || billing.getAddress() == null ? null : billing.getAddress().getPostalCode());
    }

    public CardInfo cardInfo() {
        return new CardInfo(brand, last4, expMonth, expYear, funding, country);
    }
}
