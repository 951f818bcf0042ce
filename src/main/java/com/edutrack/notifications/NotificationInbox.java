package com.edutrack.notifications;

import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** A user's own notifications: every query here is scoped to one user id. */
@ApplicationScoped
public class NotificationInbox {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    @Transactional
    public Page<NotificationView> list(long userId, Boolean read, String type, PageRequest request) {
        return ListQuery.of(em, Notification.class)
                .equal("userId", userId)
                .equal("read", read)
                .equal("type", type)
                .ordering(null, Map.of(), "-createdAt")
                .page(request)
                .map(NotificationView::of);
    }

    @Transactional
    public long unreadCount(long userId) {
        return em.createQuery("select count(n) from Notification n where n.userId = :u and n.read = false", Long.class)
                .setParameter("u", userId).getSingleResult();
    }

    /** Marks one of the user's notifications read; someone else's is "not found", like a missing one. */
    @Transactional
    public void markRead(long userId, long id) {
        int changed = em.createQuery("update Notification n set n.read = true where n.id = :id and n.userId = :u")
                .setParameter("id", id).setParameter("u", userId).executeUpdate();
        if (changed == 0) {
            throw ApiException.error(404, "Notification not found");
        }
    }

    @Transactional
    public int markAllRead(long userId) {
        return em.createQuery("update Notification n set n.read = true where n.userId = :u and n.read = false")
                .setParameter("u", userId).executeUpdate();
    }
}
