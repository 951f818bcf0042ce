package com.edutrack.tutoring;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
import com.edutrack.tutoring.TutoringEnums.PaymentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

/**
 * Everything that moves an existing enrollment: admin cancel, the two cascades, the stale-pending
 * cleanup and the completion check. Each locks the enrollments it changes (FOR UPDATE, id order)
 * and re-checks their state under the lock, so a second run, or a timer run overlapping a manual
 * one, finds nothing left to change. {@code actor} is the user's UUID, or null for the timer.
 * Lock order everywhere: course pack, then enrollments, then lesson slots (no deadlocks).
 */
@ApplicationScoped
public class EnrollmentLifecycleService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    RefundPort refunds;
    @Inject
    TutoringNotices notices;

    /** Admin cancel of one enrollment; canceling a canceled one returns it unchanged. A completed one cannot be canceled. */
    @Transactional
    public Enrollment cancel(UUID enrollmentId, String reason, UUID actor) {
        Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        if (e.getEnrollmentStatus() == EnrollmentStatus.completed) {
            throw ApiException.tutoring(409, "errMsg_EnrollmentAlreadyCompleted", "A completed enrollment cannot be canceled.");
        }
        cancelLocked(e, reason == null ? "admin cancel" : reason, actor);
        em.flush();
        return e;
    }

    /** Cancels every live enrollment of a (banned or suspended) tutor; returns the ones it canceled. */
    @Transactional
    public List<Enrollment> cascadeTutorBan(UUID tutorProfileId, String reason, PaymentConfirmation filter, UUID actor) {
        if (em.find(TutorProfile.class, tutorProfileId) == null) {
            throw Callers.notFound("TutorProfile");
        }
        return cancelAll(lockLive("e.tutorProfile.id = :key", tutorProfileId, filter), "tutor ban: " + text(reason), actor);
    }

    /** Deactivates a pack and cancels its live enrollments; returns the ones it canceled. */
    @Transactional
    public List<Enrollment> cascadeCourseRemoval(UUID coursePackId, String reason, PaymentConfirmation filter, UUID actor) {
        // Pack first, as a booking does: the two then queue instead of deadlocking.
        CoursePack pack = em.find(CoursePack.class, coursePackId, LockModeType.PESSIMISTIC_WRITE);
        if (pack == null) {
            throw Callers.notFound("CoursePack");
        }
        if (pack.isActive()) {
            pack.deactivate();
        }
        return cancelAll(lockLive("e.coursePack.id = :key", coursePackId, filter), "course removal: " + text(reason), actor);
    }

    /** Cancels unpaid pending enrollments created more than {@code maxAgeMinutes} ago and frees their slots. */
    @Transactional
    public List<Enrollment> cleanupPending(int maxAgeMinutes, PaymentConfirmation filter, UUID actor) {
        if (maxAgeMinutes < 0) {
            throw ApiException.tutoring(400, "errMsg_MaxAgeMinutesIsNotValid", "maxAgeMinutes cannot be negative.");
        }
        Instant cutoff = Instant.now().minus(maxAgeMinutes, ChronoUnit.MINUTES);
        TypedQuery<Enrollment> q = em.createQuery("select e from Enrollment e where e.enrollmentStatus = :pending and e.paymentStatus <> :paid"
                        + " and e.createdAt < :cutoff" + (filter == null ? "" : " and e.paymentConfirmation = :pc") + " order by e.id", Enrollment.class)
                .setParameter("pending", EnrollmentStatus.pending).setParameter("paid", PaymentStatus.paid).setParameter("cutoff", cutoff);
        if (filter != null) {
            q.setParameter("pc", filter);
        }
        List<Enrollment> stale = q.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        List<Enrollment> done = new ArrayList<>();
        for (Enrollment e : stale) {
            // Re-checked under the lock: a concurrent run or payment may have moved it meanwhile.
            if (e.getEnrollmentStatus() == EnrollmentStatus.pending && !e.isPaid() && cancelLocked(e, "pending timeout (" + maxAgeMinutes + " min)", actor)) {
                done.add(e);
            }
        }
        em.flush();
        return done;
    }

    /** Marks the enrollment completed when all its slots are; returns it (changed or not). */
    @Transactional
    public Enrollment checkCompletion(UUID enrollmentId, UUID actor) {
        Enrollment e = em.find(Enrollment.class, enrollmentId, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        complete(e, actor);
        em.flush();
        return e;
    }

    /** Locks the live enrollments holding a slot (before the slot itself, keeping the lock order). */
    @Transactional
    public List<Enrollment> lockHolders(LessonSlot slot) {
        return em.createQuery("select e from Enrollment e join e.lessonSlots s where s.id = :slot and e.enrollmentStatus in :live order by e.id", Enrollment.class)
                .setParameter("slot", slot.getId()).setParameter("live", EnrollmentService.LIVE)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    /** After a slot is completed: completes the locked active enrollments holding it if that was their last lesson. */
    @Transactional
    public void completeHolders(List<Enrollment> holders, UUID actor) {
        for (Enrollment e : holders) {
            complete(e, actor);
        }
    }

    private void complete(Enrollment e, UUID actor) {
        String from = e.getEnrollmentStatus().name();
        if (e.completeIfDone()) {
            em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(), "all lessons completed"));
        }
    }

    private List<Enrollment> lockLive(String condition, UUID key, PaymentConfirmation filter) {
        TypedQuery<Enrollment> q = em.createQuery("select e from Enrollment e where " + condition + " and e.enrollmentStatus in :live"
                + (filter == null ? "" : " and e.paymentConfirmation = :pc") + " order by e.id", Enrollment.class)
                .setParameter("key", key).setParameter("live", EnrollmentService.LIVE);
        if (filter != null) {
            q.setParameter("pc", filter);
        }
        return q.setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
    }

    private List<Enrollment> cancelAll(List<Enrollment> locked, String reason, UUID actor) {
        List<Enrollment> done = new ArrayList<>();
        for (Enrollment e : locked) {
            if (cancelLocked(e, reason, actor)) {
                done.add(e);
            }
        }
        em.flush();
        return done;
    }

    /** Cancels a locked enrollment: refunds in full first if paid, frees slots, audits, notifies. False if it was not live. */
    private boolean cancelLocked(Enrollment e, String reason, UUID actor) {
        if (!e.isLive()) {
            return false;
        }
        return cancelSettled(e, reason, actor, e.isPaid() && refunds.refundPaid(e));
    }

    /**
     * Cancels a locked, live enrollment whose payment the caller has settled ({@code refunded}: what
     * was paid went back in full; a paid one not refunded stays owed, {@code refundStatus:
     * eligible}). Frees booked slots, writes the audit row, notifies the student and the tutor and,
     * when refunded, the admins too. False (nothing changes) when it was not live.
     */
    public boolean cancelSettled(Enrollment e, String reason, UUID actor, boolean refunded) {
        String from = e.getEnrollmentStatus().name();
        if (!e.cancel(refunded)) {
            return false;
        }
        em.persist(new EnrollmentAudit(e.getId(), actor, from, e.getEnrollmentStatus().name(), reason));
        notices.canceled(e, reason);
        if (refunded) {
            notices.refundProcessed(e, Money.toMinor(e.getTotalAmount(), e.getCurrency()));
        }
        return true;
    }

    private static String text(String reason) {
        return reason == null || reason.isBlank() ? "no reason given" : reason;
    }
}
