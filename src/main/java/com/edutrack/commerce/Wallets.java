package com.edutrack.commerce;

import java.math.BigDecimal;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.enrollment.Memberships;
import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The one way money moves. Every movement of a student's money in a course first locks that
 * student's approved enrollment row, then the balance row: so parallel deposits, redemptions and
 * purchases of one student in one course run one after another, and the balance row is created
 * at most once. The ledger row is written with the new balance in the same transaction.
 */
@ApplicationScoped
public class Wallets {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Memberships memberships;

    /** The locked balance of an approved member of the course; 403 {@code notEnrolled} otherwise. */
    @Transactional(Transactional.TxType.MANDATORY)
    public CourseBalance lock(long studentId, long courseId, String notEnrolled) {
        if (!memberships.lockApproved(studentId, courseId)) {
            throw ApiException.error(403, notEnrolled);
        }
        CourseBalance balance = em.createQuery("select b from CourseBalance b where b.student.id = :s and b.course.id = :c", CourseBalance.class)
                .setParameter("s", studentId).setParameter("c", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (balance == null) {
            balance = new CourseBalance(em.getReference(Student.class, studentId), em.getReference(Course.class, courseId));
            em.persist(balance);
        }
        return balance;
    }

    /** Applies a signed amount to a locked balance and records it; 400 "Insufficient balance" below zero. */
    @Transactional(Transactional.TxType.MANDATORY)
    public BalanceTransaction post(CourseBalance balance, TransactionType type, BigDecimal signedAmount, Long actorUserId, String reason) {
        BalanceTransaction row = balance.post(type, signedAmount, actorUserId == null ? null : em.getReference(User.class, actorUserId), reason);
        em.persist(row);
        em.flush();
        return row;
    }
}
