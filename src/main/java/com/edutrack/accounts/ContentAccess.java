package com.edutrack.accounts;

import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A student whose {@code can_access_course} the site owner switched off may still sign in, but
 * may not buy lectures, open content or start quizzes (platform.md section 2).
 */
@ApplicationScoped
public class ContentAccess {
    public static final String SUSPENDED = "Your access to course content is suspended.";

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    /** 403 {@code {"detail": "Your access to course content is suspended."}} for a suspended student. */
    public void require(long studentId) {
        Boolean allowed = em.createQuery("select s.canAccessCourse from Student s where s.id = :s", Boolean.class)
                .setParameter("s", studentId).getResultStream().findFirst().orElse(false);
        if (!allowed) {
            throw ApiException.detail(403, SUSPENDED);
        }
    }
}
