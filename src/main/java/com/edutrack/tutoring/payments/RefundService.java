package com.edutrack.tutoring.payments;

import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.Callers;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.EnrollmentLifecycleService;
import com.edutrack.tutoring.TutoringEnums;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.TutoringNotices;
import com.edutrack.tutoring.Money;
import com.edutrack.tutoring.payments.PaymentForms.AdminRefundForm;
import com.edutrack.tutoring.payments.PaymentForms.RefundDecisionForm;
import com.edutrack.tutoring.payments.PaymentForms.RefundRequestForm;
import com.edutrack.tutoring.payments.RefundRequest.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Refund requests: the student's pro-rated refund after the first lesson, the admin's approval
 * (retry) or rejection, and the admin's full refund (what Stripe reports later:
 * {@link RefundReconciliation}). Every path locks the enrollment row first (then the request), holds it through the Stripe
 * call, and finds at most one request per enrollment: a double click waits, then gets 409.
 */
@ApplicationScoped
public class RefundService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StripeGateway gateway;
    @Inject
    Callers callers;
    @Inject
    TutoringNotices notices;
    @Inject
    EnrollmentLifecycleService lifecycle;
    @Inject
    PaymentLedger ledger;

    /**
     * The student's refund: only for a paid, active enrollment with exactly one completed lesson
     * (else 400 and nothing stored). Refunds {@code total * notCompleted / lessons} (minor units,
     * rounded down) under the key {@code refundrequest-<id>-<n>}; done: autoApproved, the
     * enrollment refunded/processed/canceled and its booked slots freed.
     */
    @Transactional
    public RefundRequest request(RefundRequestForm form) {
        form.validate();
        gateway.requireConfigured();
        if (form.enrollmentId() == null) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
        Enrollment e = ledger.lock(form.enrollmentId());
        if (!callers.isStudent() || !e.getStudentId().equals(callers.uuid())) {
            throw Callers.forbidden("Only the enrollment's student may ask for its refund.");
        }
        if (form.reason() == null || form.reason().isBlank()) {
            throw ApiException.tutoring(400, "errMsg_ReasonIsRequired", "reason is required.");
        }
        requireNoRequest(e);
        int lessons = e.getLessonSlots().size();
        int completed = e.completedLessons();
        if (e.getPaymentStatus() != PaymentStatus.paid || e.getEnrollmentStatus() != EnrollmentStatus.active || completed != 1) {
            throw ApiException.tutoring(400, "errMsg_RefundNotEligible", "A refund can be requested for a paid, active enrollment after exactly one "
                    + "completed lesson; this one is " + e.getPaymentStatus() + "/" + e.getEnrollmentStatus() + " with " + completed + " completed.");
        }
        long amount = Money.prorate(Money.toMinor(e.getTotalAmount(), e.getCurrency()), lessons - completed, lessons);
        RefundRequest r = new RefundRequest(e, callers.uuid(), form.reason().trim(), true, amount);
        em.persist(r);
        em.flush();
        settle(r, e, Status.autoApproved, "student refund", null, callers.uuid());
        return r;
    }

    /** Admin: {@code approved} retries the Stripe refund of a pending request, {@code rejected} closes it; adminNote alone is a note. */
    @Transactional
    public RefundRequest update(UUID id, RefundDecisionForm form) {
        form.validate();
        RefundRequest found = em.find(RefundRequest.class, id);
        if (found == null) {
            throw Callers.notFound("RefundRequest");
        }
        Enrollment e = ledger.lock(found.getEnrollment().getId());
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        Status wanted = TutoringEnums.parse(Status.class, form.status(), "status");
        String note = form.adminNote();
        if (wanted == null) {
            if (note != null) {
                found.note(note);
            }
            return found;
        }
        if (wanted != Status.approved && wanted != Status.rejected) {
            throw ApiException.tutoring(400, "errMsg_StatusIsNotValid", "An admin sets status approved or rejected.");
        }
        if (found.getStatus() != Status.pending) {
            throw ApiException.tutoring(409, "errMsg_RefundRequestNotPending", "This refund request is already " + found.getStatus() + ".");
        }
        if (wanted == Status.rejected) {
            found.reject(note);
            e.markRefundRejected();
            return found;
        }
        gateway.requireConfigured();
        requirePaid(e);
        settle(found, e, Status.approved, "refund approved by admin", note, callers.uuid());
        return found;
    }

    /**
     * Admin override: a full refund of a paid enrollment (active, or canceled with the refund still
     * owed), recorded as an autoApproved request, and the enrollment canceled. If Stripe does not
     * refund, the enrollment is still canceled with the refund owed and the request stays pending.
     */
    @Transactional
    public RefundRequest adminRefund(AdminRefundForm form) {
        form.validate();
        gateway.requireConfigured();
        if (form.enrollmentId() == null) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
        Enrollment e = ledger.lock(form.enrollmentId());
        requireNoRequest(e);
        if (e.getEnrollmentStatus() == EnrollmentStatus.completed) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentAlreadyCompleted", "A completed enrollment cannot be refunded.");
        }
        requirePaid(e);
        String reason = form.reason() == null || form.reason().isBlank() ? "admin refund" : form.reason().trim();
        UUID admin = callers.uuid();
        RefundRequest r = new RefundRequest(e, admin, reason, e.completedLessons() >= 1, Money.toMinor(e.getTotalAmount(), e.getCurrency()));
        em.persist(r);
        em.flush();
        boolean wasLive = e.isLive();
        settle(r, e, Status.autoApproved, "admin refund: " + reason, null, admin);
        if (wasLive && e.isLive()) {
            lifecycle.cancelSettled(e, "admin refund: " + reason + " (refund owed)", admin, false);
        } else if (wasLive) {
            notices.canceled(e, "admin refund: " + reason);
        }
        em.flush();
        return r;
    }

    /** Sends the request's refund to Stripe and records the outcome on the request, the payment row and the enrollment. */
    private void settle(RefundRequest r, Enrollment e, Status outcome, String why, String note, UUID actor) {
        EnrollmentPayment payment = EnrollmentPayment.forOrder(em, e.getId()).orElse(null);
        if (payment == null || payment.getPaymentId() == null) {
            r.keepPending("No Stripe payment is recorded for this enrollment, so Stripe cannot refund it.", false);
            e.markRefundOwed();
            return;
        }
        RefundResult result = gateway.refund(payment.getPaymentId(), r.getAmountMinor(), r.nextStripeKey(),
                Map.of("orderId", e.getId().toString(), "refundRequestId", r.getId().toString()));
        switch (result.kind()) {
            case DONE -> {
                r.processed(outcome, result.refundId(), note);
                payment.recordRefund(result.refundId(), result.status(), payment.getRefundAttempt());
                ledger.refunded(e, r.getAmountMinor(), why, actor);
            }
            case REFUSED -> {
                r.keepPending("Stripe refused the refund: " + result.message(), true);
                e.markRefundOwed();
            }
            case UNAVAILABLE -> {
                r.keepPending("Stripe could not be reached (" + result.message() + "); approving the request retries it and cannot refund twice.", false);
                e.markRefundOwed();
            }
        }
    }

    private void requireNoRequest(Enrollment e) {
        if (RefundRequest.forEnrollment(em, e).isPresent()) {
            throw ApiException.tutoring(409, "errMsg_RefundAlreadyRequested",
                    "This enrollment already has a refund request (one per enrollment); an admin approves or rejects it with PATCH /v1/refundrequests/{id}.");
        }
    }

    private static void requirePaid(Enrollment e) {
        if (e.getPaymentStatus() == PaymentStatus.refunded) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentAlreadyRefunded", "This enrollment is already refunded.");
        }
        if (e.getPaymentStatus() != PaymentStatus.paid) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentNotPaid", "This enrollment has not been paid, so there is nothing to refund.");
        }
    }
}
