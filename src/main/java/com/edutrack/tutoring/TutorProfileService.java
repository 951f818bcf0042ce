package com.edutrack.tutoring;

import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.TutorCatalogForms.TutorProfileForm;
import com.edutrack.tutoring.TutoringEnums.TutorStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class TutorProfileService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;

    /** A teacher creates their own profile, one each; it starts active. */
    @Transactional
    public TutorProfile create(TutorProfileForm body) {
        body.validate();
        if (callers.ownProfile().isPresent()) {
            throw ApiException.tutoring(409, "errMsg_TutorProfileAlreadyExists", "You already have a tutor profile.");
        }
        if (body.status() != null) {
            throw Callers.forbidden("Only an admin sets a tutor profile's status.");
        }
        TutorProfile profile = new TutorProfile(callers.uuid());
        profile.describe(body.bio(), body.certifications(), body.experienceYears(), body.subjects(), body.profilePhoto());
        em.persist(profile);
        return profile;
    }

    public TutorProfile find(UUID id) {
        TutorProfile p = em.find(TutorProfile.class, id);
        if (p == null) {
            throw Callers.notFound("TutorProfile");
        }
        return p;
    }

    /** Everyone sees active profiles; an admin sees every profile and may filter by status. */
    public Page<TutorProfile> list(String status, PageRequest page) {
        TutorStatus wanted = TutoringEnums.parse(TutorStatus.class, status, "status");
        if (!callers.isAdmin()) {
            wanted = TutorStatus.active;
        }
        return ListQuery.of(em, TutorProfile.class).equal("status", wanted).ordering(null, java.util.Map.of(), "createdAt").page(page);
    }

    /** The owner edits the description; only an admin changes status (and may also edit the description). */
    @Transactional
    public TutorProfile update(UUID id, TutorProfileForm body) {
        body.validate();
        TutorProfile profile = find(id);
        boolean admin = callers.isAdmin();
        if (!admin && !callers.owns(profile)) {
            throw Callers.forbidden("Only the profile's tutor or an admin may change it.");
        }
        if (body.status() != null) {
            if (!admin) {
                throw Callers.forbidden("Only an admin changes a tutor profile's status.");
            }
            profile.setStatus(TutoringEnums.parse(TutorStatus.class, body.status(), "status"));
        }
        profile.describe(body.bio(), body.certifications(), body.experienceYears(), body.subjects(), body.profilePhoto());
        em.flush();
        return profile;
    }
}
