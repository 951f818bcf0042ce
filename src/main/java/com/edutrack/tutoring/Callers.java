package com.edutrack.tutoring;

import java.util.Optional;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The tutoring roles over the platform's: admin = site owner, tutor = a teacher who owns a tutor
 * profile, student = student. Resources and services ask here instead of comparing roles.
 */
@ApplicationScoped
public class Callers {
    @Inject
    CurrentUser currentUser;
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    public Principal principal() {
        return currentUser.require();
    }

    public UUID uuid() {
        return currentUser.require().uuid();
    }

    public boolean isAdmin() {
        return currentUser.is(Role.SITEOWNER);
    }

    public boolean isStudent() {
        return currentUser.is(Role.STUDENT);
    }

    /** The caller's tutor profile, if the caller is a teacher who has one. */
    public Optional<TutorProfile> ownProfile() {
        if (!currentUser.is(Role.TEACHER)) {
            return Optional.empty();
        }
        return em.createQuery("select p from TutorProfile p where p.tutorId = :u", TutorProfile.class)
                .setParameter("u", uuid()).getResultStream().findFirst();
    }

    /** The caller as a tutor; 403 for anyone without a tutor profile. */
    public TutorProfile requireTutor() {
        return ownProfile().orElseThrow(() -> ApiException.tutoring(403, "errMsg_TutorProfileRequired",
                "Only a tutor (a teacher with a tutor profile) may do this."));
    }

    /** Whether the caller owns the given profile. */
    public boolean owns(TutorProfile profile) {
        return currentUser.is(Role.TEACHER) && profile.getTutorId().equals(uuid());
    }

    public static ApiException forbidden(String detail) {
        return ApiException.tutoring(403, "errMsg_NotAllowed", detail);
    }

    public static ApiException notFound(String what) {
        return ApiException.tutoring(404, "errMsg_" + what + "NotFound", what + " not found.");
    }
}
