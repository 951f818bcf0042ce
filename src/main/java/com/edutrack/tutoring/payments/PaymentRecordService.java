package com.edutrack.tutoring.payments;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.edutrack.accounts.User;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.Callers;
import com.edutrack.tutoring.Enrollment;
import com.edutrack.tutoring.Money;
import com.edutrack.tutoring.TutoringEnums;
import com.edutrack.tutoring.payments.PaymentForms.EnrollmentPaymentForm;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Reading and (admin) editing the stored payment objects: enrollment payments, customers, cards,
 * refund requests. A payment object is visible to its owner and to admins; writes are admin-only
 * and only change the record (the enrollment follows Stripe: start, refresh, webhook). A deleted
 * payment row is deactivated, hidden from reads, and kept for its attempt counters.
 */
@ApplicationScoped
public class PaymentRecordService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;

    // ---- sys_enrollmentPayment ----

    public EnrollmentPayment get(UUID id) {
        EnrollmentPayment p = em.find(EnrollmentPayment.class, id);
        return visible(p == null || !p.isActive() ? null : p);
    }

    public EnrollmentPayment byOrderId(UUID orderId) {
        return visible(EnrollmentPayment.forOrder(em, orderId).filter(EnrollmentPayment::isActive).orElse(null));
    }

    public EnrollmentPayment byPaymentId(String paymentId) {
        return visible(em.createQuery("select p from EnrollmentPayment p where p.paymentId = :p and p.active = true", EnrollmentPayment.class)
                .setParameter("p", paymentId).getResultStream().findFirst().orElse(null));
    }

    /** Admins see all, students their own (ownerId is then forced to theirs). */
    public Page<EnrollmentPayment> list(UUID ownerId, UUID orderId, String paymentId, String paymentStatus, String statusLiteral,
                                        String redirectUrl, PageRequest page) {
        return ListQuery.of(em, EnrollmentPayment.class).equal("active", true)
                .equal("ownerId", callers.isAdmin() ? ownerId : callers.uuid()).equal("orderId", orderId).equal("paymentId", paymentId)
                .equal("paymentStatus", paymentStatus).equal("statusLiteral", statusLiteral).equal("redirectUrl", redirectUrl)
                .ordering(null, Map.of(), "-createdAt").page(page);
    }

    @Transactional
    public EnrollmentPayment create(EnrollmentPaymentForm b) {
        b.validate();
        if (!b.complete()) {
            throw ApiException.tutoring(400, "errMsg_RequiredFieldsMissing", "orderId, paymentId, paymentStatus and statusLiteral are required.");
        }
        Enrollment e = em.find(Enrollment.class, b.orderId());
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        if (EnrollmentPayment.forOrder(em, e.getId()).isPresent()) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentPaymentExists", "This enrollment already has a payment record (one per enrollment).");
        }
        EnrollmentPayment p = new EnrollmentPayment(e.getStudentId(), e.getId(), Money.toMinor(e.getTotalAmount(), e.getCurrency()),
                e.getCurrency(), b.statusLiteral());
        p.edit(b.paymentId(), b.paymentStatus(), null, b.redirectUrl());
        em.persist(p);
        em.flush();
        return p;
    }

    @Transactional
    public EnrollmentPayment update(UUID id, EnrollmentPaymentForm b) {
        b.validate();
        EnrollmentPayment p = get(id);
        p.edit(b.paymentId(), b.paymentStatus(), b.statusLiteral(), b.redirectUrl());
        em.flush();
        return p;
    }

    @Transactional
    public EnrollmentPayment delete(UUID id) {
        EnrollmentPayment p = get(id);
        p.deactivate();
        em.flush();
        return p;
    }

    private EnrollmentPayment visible(EnrollmentPayment p) {
        if (p == null) {
            throw ApiException.tutoring(404, "errMsg_EnrollmentPaymentNotFound", "Enrollment payment not found.");
        }
        requireSelfOrAdmin(p.getOwnerId(), "Only the payment's owner or an admin may see it.");
        return p;
    }

    // ---- sys_paymentCustomer, sys_paymentMethod ----

    public PaymentCustomer customer(UUID userId) {
        requireSelfOrAdmin(userId, "Only the user or an admin may see a payment customer.");
        return em.createQuery("select c from PaymentCustomer c where c.userId = :u order by c.createdAt", PaymentCustomer.class)
                .setParameter("u", userId).getResultStream().findFirst()
                .orElseThrow(() -> ApiException.tutoring(404, "errMsg_PaymentCustomerNotFound", "This user has no payment customer yet."));
    }

    public Page<PaymentCustomer> customers(UUID userId, String customerId, String platform, PageRequest page) {
        return ListQuery.of(em, PaymentCustomer.class).equal("userId", userId).equal("customerId", customerId).equal("platform", platform)
                .ordering(null, Map.of(), "-createdAt").page(page);
    }

    public Page<PaymentMethodRecord> methods(UUID userId, String paymentMethodId, String customerId, String cardHolderName,
                                             String cardHolderZip, String platform, String cardInfo, PageRequest page) {
        requireSelfOrAdmin(userId, "Only the user or an admin may see their payment methods.");
        return ListQuery.of(em, PaymentMethodRecord.class).equal("userId", userId).equal("paymentMethodId", paymentMethodId)
                .equal("customerId", customerId).equal("cardHolderName", cardHolderName).equal("cardHolderZip", cardHolderZip)
                .equal("platform", platform).search(cardInfo, "cardInfo")
                .ordering(null, Map.of(), "-createdAt").page(page);
    }

    // ---- refund requests ----

    /** The enrollment's student, the pack's tutor or an admin. */
    public RefundRequest refundRequest(UUID id) {
        RefundRequest r = em.find(RefundRequest.class, id);
        if (r == null) {
            throw Callers.notFound("RefundRequest");
        }
        Enrollment e = r.getEnrollment();
        boolean mine = callers.isStudent() && e.getStudentId().equals(callers.uuid());
        if (!mine && !callers.isAdmin() && !callers.owns(e.getTutorProfile())) {
            throw Callers.forbidden("Only the enrollment's student, its tutor or an admin may see this refund request.");
        }
        return r;
    }

    /** Students see the requests of their enrollments, tutors those of their packs, admins all; newest first. */
    public Page<RefundRequest> refundRequests(UUID enrollmentId, String status, PageRequest page) {
        ListQuery<RefundRequest> q = ListQuery.of(em, RefundRequest.class).fetch("enrollment.coursePack")
                .equal("enrollment.id", enrollmentId)
                .equal("status", TutoringEnums.parse(RefundRequest.Status.class, status, "status"));
        if (callers.isStudent()) {
            q.equal("enrollment.studentId", callers.uuid());
        } else if (!callers.isAdmin()) {
            q.equal("enrollment.tutorProfile.tutorId", callers.uuid());
        }
        return q.ordering(null, Map.of(), "-requestedAt").page(page);
    }

    /** The requesters of the given requests, in one query. */
    public Map<UUID, User> requesters(Collection<RefundRequest> requests) {
        Set<UUID> ids = requests.stream().map(RefundRequest::getRequestedBy).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from User u where u.uuid in :ids", User.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(User::getUuid, Function.identity()));
    }

    private void requireSelfOrAdmin(UUID owner, String detail) {
        if (!callers.isAdmin() && !callers.uuid().equals(owner)) {
            throw Callers.forbidden(detail);
        }
    }
}
