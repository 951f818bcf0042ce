package com.edutrack.content;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * What other features need to know about lecture purchases (the purchases themselves live in
 * {@code commerce}). A purchase is unexpired while its {@code effective_expiry} (expiry plus
 * reopened days) is in the future.
 */
@ApplicationScoped
public class Purchases {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** Whether the student holds an unexpired purchase of the lecture. */
    public boolean hasUnexpiredPurchase(long studentId, long lectureId) {
        return em.createQuery("""
                select count(p) from LecturePurchase p
                where p.student.id = :s and p.lecture.id = :l and p.effectiveExpiry > :now""", Long.class)
                .setParameter("s", studentId).setParameter("l", lectureId).setParameter("now", Instant.now())
                .getSingleResult() > 0;
    }

    /** The lectures among {@code lectureIds} the student may watch; one query. */
    public Set<Long> unexpiredAmong(Long studentId, Collection<Long> lectureIds) {
        if (studentId == null || lectureIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(em.createQuery("""
                select distinct p.lecture.id from LecturePurchase p
                where p.student.id = :s and p.lecture.id in :ls and p.effectiveExpiry > :now""", Long.class)
                .setParameter("s", studentId).setParameter("ls", lectureIds).setParameter("now", Instant.now())
                .getResultList());
    }

    /** Every lecture the student holds an unexpired purchase of; one query. */
    public List<Long> unexpiredLectureIds(long studentId) {
        return em.createQuery("""
                select distinct p.lecture.id from LecturePurchase p
                where p.student.id = :s and p.effectiveExpiry > :now""", Long.class)
                .setParameter("s", studentId).setParameter("now", Instant.now()).getResultList();
    }

    /** Whether any purchase (expired or not) refers to one of the lectures: such a lecture is hidden, never deleted. */
    public boolean anyOf(Collection<Long> lectureIds) {
        return !lectureIds.isEmpty() && em.createQuery("select count(p) from LecturePurchase p where p.lecture.id in :ls", Long.class)
                .setParameter("ls", lectureIds).getSingleResult() > 0;
    }

    /** The user ids of the students holding an unexpired purchase of the lecture (whom its news concerns). */
    public List<Long> unexpiredBuyerUserIds(long lectureId) {
        return em.createQuery("""
                select distinct p.student.user.id from LecturePurchase p
                where p.lecture.id = :l and p.effectiveExpiry > :now""", Long.class)
                .setParameter("l", lectureId).setParameter("now", Instant.now()).getResultList();
    }
}
