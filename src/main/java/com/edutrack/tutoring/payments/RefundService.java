package com.edutrack.tutoring.payments;

import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.Callers;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.EnrollmentAudit;
import com.edutrack.tutoring.EnrollmentLifecycleService;
import com.edutrack.tutoring.Money;
import com.edutrack.tutoring.TutoringEnums;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import com.edutrack.tutoring.TutoringNotices;
import com.edutrack.tutoring.payments.PaymentRequests.AdminRefundBody;
import com.edutrack.tutoring.payments.PaymentRequests.CreateRefundBody;
import com.edutrack.tutoring.payments.PaymentRequests.UpdateRefundBody;
import com.edutrack.tutoring.payments.RefundRequest.Status;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Refund requests: the student's pro-rated refund after the first lesson, the admin's approval
 * (retry) or rejection, the admin's full refund, and the reconciliation of what Stripe reports
 * later. Every path locks the enrollment row first (then the request), holds it through the Stripe
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

    /**
     * The student's refund: only for a paid, active enrollment with exactly one completed lesson
     * (else 400 and nothing stored). Refunds {@code total * notCompleted / lessons} (minor units,
     * rounded down) under the key {@code refundrequest-<id>-<n>}; done: autoApproved, the
     * enrollment refunded/processed/canceled and its booked slots freed.
     */
    @Transactional
    public RefundRequest request(CreateRefundBody body) {
        gateway.requireConfigured();
        if (body == null || body.enrollmentId() == null) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
        Enrollment e = lock(body.enrollmentId());
        if (!callers.isStudent() || !e.getStudentId().equals(callers.uuid())) {
            throw Callers.forbidden("Only the enrollment's student may ask for its refund.");
        }
        if (body.reason() == null || body.reason().isBlank()) {
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
        RefundRequest r = new RefundRequest(e, callers.uuid(), body.reason().trim(), true, amount);
        em.persist(r);
        em.flush();
        settle(r, e, Status.autoApproved, "student refund", null, callers.uuid());
        return r;
    }

    /** Admin: {@code approved} retries the Stripe refund of a pending request, {@code rejected} closes it; adminNote alone is a note. */
    @Transactional
    public RefundRequest update(UUID id, UpdateRefundBody body) {
        RefundRequest found = em.find(RefundRequest.class, id);
        if (found == null) {
            throw Callers.notFound("RefundRequest");
        }
        Enrollment e = lock(found.getEnrollment().getId());
        em.refresh(found, LockModeType.PESSIMISTIC_WRITE);
        Status wanted = body == null ? null : TutoringEnums.parse(Status.class, body.status(), "status");
        String note = body == null ? null : body.adminNote();
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
    public RefundRequest adminRefund(AdminRefundBody body) {
        gateway.requireConfigured();
        if (body == null || body.enrollmentId() == null) {
            throw ApiException.tutoring(400, "errMsg_EnrollmentIdIsRequired", "enrollmentId is required.");
        }
        Enrollment e = lock(body.enrollmentId());
        requireNoRequest(e);
        if (e.getEnrollmentStatus() == EnrollmentStatus.completed) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentAlreadyCompleted", "A completed enrollment cannot be refunded.");
        }
        requirePaid(e);
        String reason = body.reason() == null || body.reason().isBlank() ? "admin refund" : body.reason().trim();
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
                refunded(e, r.getAmountMinor(), why, actor);
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

    /** Money went back: a live enrollment is canceled (booked slots freed), a canceled one just marked refunded. */
    private void refunded(Enrollment e, long amountMinor, String why, UUID actor) {
        String from = e.getEnrollmentStatus().name();
        if (!e.cancel(true)) {
            e.markRefunded();
        }
        em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(),
                why + ": " + Money.toMajor(amountMinor, e.getCurrency()).toPlainString() + " " + e.getCurrency() + " refunded"));
        notices.refundProcessed(e, amountMinor);
    }

    // ---- reconciliation of what Stripe reports (webhook), enrollment already locked ----

    /** {@code charge.refunded}: confirms a request whose refund had not been confirmed, or records a full refund made at Stripe. */
    void chargeRefunded(Enrollment e, EnrollmentPayment payment, long amountRefunded, boolean fully, String source) {
        RefundRequest r = requestOf(e);
        if (r != null && r.getStatus() == Status.pending && amountRefunded >= r.getAmountMinor() && e.getPaymentStatus() == PaymentStatus.paid) {
            r.confirmed(null, "Stripe confirmed the refund (" + source + ").");
            payment.recordRefund(null, "succeeded", payment.getRefundAttempt());
            refunded(e, r.getAmountMinor(), "refund confirmed by Stripe", null);
        } else if (fully && e.getPaymentStatus() == PaymentStatus.paid) {
            fullRefundMadeAtStripe(e, payment, null, source);
        }
    }

    /** {@code refund.updated} with a succeeded/pending refund. */
    void refundSucceeded(Enrollment e, EnrollmentPayment payment, String refundId, Map<String, String> metadata, String source) {
        RefundRequest r = requestOf(e);
        if (r != null && matches(r, refundId, metadata)) {
            if (r.getStatus() == Status.pending && e.getPaymentStatus() == PaymentStatus.paid) {
                r.confirmed(refundId, "Stripe confirmed the refund (" + source + ").");
                payment.recordRefund(refundId, "succeeded", payment.getRefundAttempt());
                refunded(e, r.getAmountMinor(), "refund confirmed by Stripe", null);
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
        RefundRequest r = requestOf(e);
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
            refunded(e, payment.getAmountMinor(), "refunded at Stripe (" + source + ")", null);
        }
    }

    private static boolean matches(RefundRequest r, String refundId, Map<String, String> metadata) {
        return (refundId != null && refundId.equals(r.getStripeRefundId())) || r.getId().toString().equals(metadata.get("refundRequestId"));
    }

    RefundRequest requestOf(Enrollment e) {
        return em.createQuery("select r from RefundRequest r where r.enrollment = :e", RefundRequest.class).setParameter("e", e)
                .getResultStream().findFirst().orElse(null);
    }

    private void requireNoRequest(Enrollment e) {
        if (requestOf(e) != null) {
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

    private Enrollment lock(UUID id) {
        Enrollment e = em.find(Enrollment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        return e;
    }
}
