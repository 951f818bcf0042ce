package com.edutrack.commerce;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.edutrack.content.Purchases;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Commerce's answer to {@link Purchases}: the questions other features ask about {@link LecturePurchase}s. */
@ApplicationScoped
public class LecturePurchases implements Purchases {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    @Override
    public boolean hasUnexpiredPurchase(long studentId, long lectureId) {
        return em.createQuery("""
                select count(p) from LecturePurchase p
                where p.student.id = :s and p.lecture.id = :l and p.effectiveExpiry > :now""", Long.class)
                .setParameter("s", studentId).setParameter("l", lectureId).setParameter("now", Instant.now())
                .getSingleResult() > 0;
    }

    @Override
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

    @Override
    public List<Long> unexpiredLectureIds(long studentId) {
        return em.createQuery("""
                select distinct p.lecture.id from LecturePurchase p
                where p.student.id = :s and p.effectiveExpiry > :now""", Long.class)
                .setParameter("s", studentId).setParameter("now", Instant.now()).getResultList();
    }

    @Override
    public boolean anyOf(Collection<Long> lectureIds) {
        return !lectureIds.isEmpty() && em.createQuery("select count(p) from LecturePurchase p where p.lecture.id in :ls", Long.class)
                .setParameter("ls", lectureIds).getSingleResult() > 0;
    }

    @Override
    public List<Long> unexpiredBuyerUserIds(long lectureId) {
        return em.createQuery("""
                select distinct p.student.user.id from LecturePurchase p
                where p.lecture.id = :l and p.effectiveExpiry > :now""", Long.class)
                .setParameter("l", lectureId).setParameter("now", Instant.now()).getResultList();
    }
}
