package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.TutorCatalogForms.CoursePackForm;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.SchedulingType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

@ApplicationScoped
public class CoursePackService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;

    @Transactional
    public CoursePack create(CoursePackForm body) {
        body.validate();
        TutorProfile tutor = callers.requireTutor();
        if (body.title() == null || body.price() == null || body.currency() == null || body.lessonCount() == null || body.schedulingType() == null) {
            throw ApiException.tutoring(400, "errMsg_RequiredFieldsMissing", "title, price, currency, lessonCount and schedulingType are required.");
        }
        CoursePack pack = new CoursePack(tutor);
        apply(pack, body);
        em.persist(pack);
        return pack;
    }

    public CoursePack find(UUID id) {
        CoursePack c = id == null ? null : em.find(CoursePack.class, id);
        if (c == null) {
            throw Callers.notFound("CoursePack");
        }
        return c;
    }

    /** Public catalog: active packs only; an admin also sees inactive ones. */
    public Page<CoursePack> list(UUID tutorProfileId, String category, PageRequest page) {
        ListQuery<CoursePack> q = ListQuery.of(em, CoursePack.class).fetch("tutorProfile")
                .equal("tutorProfile.id", tutorProfileId).equal("category", category);
        if (!callers.isAdmin()) {
            q.equal("active", true);
        }
        return q.ordering(null, Map.of(), "createdAt").page(page);
    }

    @Transactional
    public CoursePack update(UUID id, CoursePackForm body) {
        body.validate();
        CoursePack pack = owned(id);
        apply(pack, body);
        em.flush();
        return pack;
    }

    /** Deleting keeps the row (enrollments point at it) and deactivates it; refused while live enrollments exist. */
    @Transactional
    public CoursePack delete(UUID id) {
        CoursePack pack = owned(id);
        long live = em.createQuery("select count(e) from Enrollment e where e.coursePack = :p and e.enrollmentStatus in :s", Long.class)
                .setParameter("p", pack).setParameter("s", java.util.List.of(EnrollmentStatus.pending, EnrollmentStatus.active)).getSingleResult();
        if (live > 0) {
            throw ApiException.tutoring(409, "errMsg_CoursePackHasEnrollments", "The pack has live enrollments; an admin must run the course removal cascade.");
        }
        pack.deactivate();
        em.flush();
        return pack;
    }

    private CoursePack owned(UUID id) {
        CoursePack pack = find(id);
        if (!callers.isAdmin() && !callers.owns(pack.getTutorProfile())) {
            throw Callers.forbidden("Only the pack's tutor or an admin may change it.");
        }
        return pack;
    }

    private static void apply(CoursePack pack, CoursePackForm b) {
        // The wire carries a double; its shortest decimal form is what the client wrote (120.5, not 120.4999...).
        BigDecimal price = b.price() == null ? null : BigDecimal.valueOf(b.price());
        pack.update(b.title(), b.description(), b.category(), price, b.currency(), b.lessonCount(),
                TutoringEnums.parse(SchedulingType.class, b.schedulingType(), "schedulingType"), b.requiresPreliminaryMeeting(), b.isActive());
    }
}
