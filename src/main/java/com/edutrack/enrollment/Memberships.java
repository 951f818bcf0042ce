package com.edutrack.enrollment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What other features ask about a student's membership of a course (commerce's wallet lock). */
@ApplicationScoped
public class Memberships {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /**
     * Locks the student's approved enrollment in the course until the caller's transaction ends, so
     * that every money movement of one student in one course runs after the previous one; false
     * (nothing locked) when the student is not an approved member.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockApproved(long studentId, long courseId) {
        return !em.createQuery("""
                        select e.id from CourseEnrollment e
                        where e.student.id = :s and e.course.id = :c and e.status = :approved""", Long.class)
                .setParameter("s", studentId).setParameter("c", courseId).setParameter("approved", EnrollmentStatus.approved)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList().isEmpty();
    }
}
