package com.edutrack.tutoring.payments;

import java.util.UUID;
import java.util.logging.Logger;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.Callers;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.payments.PaymentForms.PaymentUserParams;
import com.edutrack.tutoring.payments.PaymentForms.StartForm;
import com.edutrack.tutoring.payments.StripeGateway.PaymentOrder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Starting and refreshing an enrollment's card payment. Both hold the enrollment's row lock for
 * the whole Stripe exchange (bounded by STRIPE_TIMEOUT_SECONDS and the retry count), so a double
 * click, a webhook or the pending cleanup waits and then sees the outcome.
 */
@ApplicationScoped
public class PaymentService {
    private static final Logger LOG = Logger.getLogger(PaymentService.class.getName());
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StripeGateway gateway;
    @Inject
    PaymentProfiles profiles;
    @Inject
    PaymentLedger ledger;
    @Inject
    PaymentIntents intents;
    @Inject
    Callers callers;

    /** What start/refresh/webhook answer with: the enrollment and the {@code paymentResult}. */
    public record PaymentOutcome(Enrollment enrollment, EnrollmentPayment payment, IntentResult intent, PaymentUserParams params) {
    }

    /**
     * The enrollment's student pays with a Stripe payment method: customer (created once), card
     * stored, PaymentIntent created and confirmed with the key {@code enrollment-<id>-payment-<n>}.
     * {@code n} moves on only after an attempt ended in a recorded failure; an attempt whose outcome
     * never reached us (timeout, 5xx: 502 and nothing stored) is retried under the same key, so it
     * cannot charge twice.
     */
    @Transactional
    public PaymentOutcome start(UUID enrollmentId, StartForm form) {
        form.validate();
        gateway.requireConfigured();
        Enrollment e = ledger.lock(enrollmentId);
        if (!callers.isStudent() || !e.getStudentId().equals(callers.uuid())) {
            throw Callers.forbidden("Only the enrollment's student may pay for it.");
        }
        String methodId = form.requiredMethodId();
        PaymentUserParams params = form.paymentUserParams();
        if (e.getPaymentStatus() != PaymentStatus.pending) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentAlreadyPaid", "This enrollment is already paid.");
        }
        if (e.getEnrollmentStatus() != EnrollmentStatus.pending) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentNotPayable", "Only a pending enrollment can be paid; this one is " + e.getEnrollmentStatus() + ".");
        }
        EnrollmentPayment previous = EnrollmentPayment.forOrder(em, e.getId()).orElse(null);
        if (previous != null && PaymentLedger.IN_PROGRESS.contains(previous.getPaymentStatus())) {
            throw ApiException.tutoring(409, "errMsg_PaymentInProgress",
                    "A payment of this enrollment is waiting for the card holder's confirmation or for the bank; complete it, or refresh it.");
        }
        PaymentCustomer customer = profiles.customerOf(e.getStudentId());
        // The card is charged under the id Stripe gave it when attached, not the id the client sent.
        PaymentMethodRecord card = profiles.useCard(customer, methodId, params.cardHolderName(), params.cardHolderZip());
        EnrollmentPayment row = ledger.rowOf(e);
        int attempt = row.getAttempt() + 1;
        IntentResult result = gateway.createPaymentIntent(new PaymentOrder(e.getId(), attempt, row.getAmountMinor(), e.getCurrency(),
                customer.getCustomerId(), card.getPaymentMethodId(), "EduTrack tutoring: " + e.getCoursePack().getTitle(), e.getStudentId()));
        if (params.redirectUrl() != null) {
            row.setRedirectUrl(params.redirectUrl());
        }
        intents.record(e, result, attempt, row.getAmountMinor(), card.getPaymentMethodId());
        ledger.applyIntent(e, row, result.intentId(), result.status(), attempt, callers.uuid(), "start");
        em.flush();
        return new PaymentOutcome(e, row, result, params);
    }

    /** Re-reads the enrollment's PaymentIntent from Stripe and applies it (the student or an admin). */
    @Transactional
    public PaymentOutcome refresh(UUID enrollmentId) {
        gateway.requireConfigured();
        Enrollment e = ledger.lock(enrollmentId);
        boolean mine = callers.isStudent() && e.getStudentId().equals(callers.uuid());
        if (!mine && !callers.isAdmin()) {
            throw Callers.forbidden("Only the enrollment's student or an admin may refresh its payment.");
        }
        EnrollmentPayment row = EnrollmentPayment.forOrder(em, e.getId()).filter(p -> p.getPaymentId() != null)
                .orElseThrow(() -> ApiException.tutoring(404, "errMsg_EnrollmentPaymentNotFound", "No Stripe payment was started for this enrollment."));
        IntentResult result = gateway.retrievePaymentIntent(row.getPaymentId());
        String refusal = intents.refusal(e, result);
        if (refusal != null) {
            LOG.warning(() -> "refresh of enrollment " + e.getId() + " not applied: " + refusal);
            throw ApiException.tutoring(409, "errMsg_PaymentNotRecognized", "Stripe's payment does not match what was asked: " + refusal + ".");
        }
        ledger.applyIntent(e, row, result.intentId(), result.status(), result.attempt(row.getAttempt()), callers.uuid(), "refresh");
        em.flush();
        return new PaymentOutcome(e, row, result, null);
    }
}
