package com.edutrack.platform.scheduling;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Writes timer run rows in their own transaction, so a failed run is recorded as failed, not lost. */
@ApplicationScoped
public class TimerRunLog {
    static final Duration KEPT = Duration.ofDays(30);

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void record(String timer, String server, Instant started, Instant finished, boolean ok) {
        em.persist(new TimerRun(timer, server, started, finished, ok));
        em.createQuery("delete from TimerRun r where r.timer = :t and r.startedAt < :before").setParameter("t", timer)
                .setParameter("before", started.minus(KEPT)).executeUpdate();
    }
}
