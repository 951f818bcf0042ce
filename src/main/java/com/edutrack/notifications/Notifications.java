package com.edutrack.notifications;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * Writes notifications. Every feature calls this inside the transaction of the event itself, so a
 * notification exists exactly when its event committed (a rolled-back approval notifies nobody).
 * Recipients are platform user ids ({@code users.id}); the lookups below cover the usual groups.
 */
@ApplicationScoped
public class Notifications {
    private static final Jsonb JSON = JsonbBuilder.create();

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** Notifies one user; {@code metadata} (nullable) is stored as a JSON object. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void send(long userId, NotificationType type, String title, String message, Map<String, ?> metadata) {
        em.persist(new Notification(userId, type, title, message, metadata == null ? null : JSON.toJson(metadata)));
    }

    /** Notifies each distinct user once. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void sendAll(Collection<Long> userIds, NotificationType type, String title, String message, Map<String, ?> metadata) {
        String json = metadata == null ? null : JSON.toJson(metadata);
        for (Long userId : new LinkedHashSet<>(userIds)) {
            em.persist(new Notification(userId, type, title, message, json));
        }
    }

    /** The user ids of a teacher and of all that teacher's active assistants. */
    public List<Long> teacherStaff(long teacherId) {
        List<Long> ids = new ArrayList<>(em.createQuery("select t.user.id from Teacher t where t.id = :t", Long.class)
                .setParameter("t", teacherId).getResultList());
        ids.addAll(em.createQuery("select a.user.id from Assistant a where a.teacher.id = :t and a.user.active = true", Long.class)
                .setParameter("t", teacherId).getResultList());
        return ids;
    }

    /** The user ids of every active site owner (the tutoring "admins"). */
    public List<Long> siteOwners() {
        return em.createQuery("select u.id from User u where u.role = :r and u.active = true", Long.class)
                .setParameter("r", Role.SITEOWNER).getResultList();
    }

    /** The user id behind a tutoring UUID (tutorId, studentId, requestedBy), if that user exists. */
    public Optional<Long> userIdOf(UUID uuid) {
        return em.createQuery("select u.id from User u where u.uuid = :u", Long.class).setParameter("u", uuid).getResultStream().findFirst();
    }
}
