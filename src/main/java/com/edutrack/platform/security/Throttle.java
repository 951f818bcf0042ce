package com.edutrack.platform.security;

import java.time.Duration;
import java.time.Instant;

import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Sliding-window limits kept in the database, so that every server of a cluster counts the same
 * events. Events are recorded in their own transaction: the failed request that counts them rolls
 * its own work back.
 */
@ApplicationScoped
public class Throttle {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** 429 in DRF's words when {@code bucket} already holds {@code max} events within {@code window}. */
    @Transactional
    public void check(String bucket, int max, Duration window) {
        Instant since = Instant.now().minus(window);
        var row = em.createQuery("select count(e), min(e.createdAt) from ThrottleEvent e where e.bucket = :b and e.createdAt > :since", Object[].class)
                .setParameter("b", bucket).setParameter("since", since).getSingleResult();
        long count = (Long) row[0];
        if (count >= max) {
            Instant oldest = (Instant) row[1];
            long wait = Math.max(1, Duration.between(Instant.now(), oldest.plus(window)).toSeconds() + 1);
            throw ApiException.tutoring(429, "errMsg_TooManyRequests", "Request was throttled. Expected available in " + wait + " seconds.");
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String bucket) {
        em.persist(new ThrottleEvent(bucket, Instant.now()));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void clear(String bucket) {
        em.createQuery("delete from ThrottleEvent e where e.bucket = :b").setParameter("b", bucket).executeUpdate();
    }
}
