package com.edutrack.assessment;

import java.util.List;
import java.util.Map;

import com.edutrack.catalog.Course;
import com.edutrack.catalog.CourseAccess;
import com.edutrack.content.Lecture;
import com.edutrack.content.Purchases;
import com.edutrack.catalog.Viewer;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which homeworks or quizzes a list shows, on top of the course-access policy
 * ({@link CourseAccess}): students reach published, active items of visible lectures they hold an
 * unexpired purchase of.
 */
@ApplicationScoped
public class AssessmentScope {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Purchases purchases;
    @Inject
    CourseAccess access;

    private static final Map<String, String> ORDERING = Map.of("created_at", "createdAt", "title", "title", "open_date", "openDate",
            "close_date", "closeDate");

    /** The list filters homeworks and quizzes share. */
    public record ListFilters(Long lecture, Boolean isPublished, Boolean isActive, String search, String ordering) {
        public static ListFilters from(QueryParams q) {
            return new ListFilters(q.integer("lecture"), q.bool("is_published"), q.bool("is_active"), q.text("search"), q.text("ordering"));
        }
    }

    /** A page of homeworks or quizzes as the viewer may see them, filtered and ordered alike. */
    public <E extends LectureAssessment> Page<E> list(Class<E> type, Viewer viewer, ListFilters f, PageRequest page) {
        ListQuery<E> q = ListQuery.of(em, type);
        if (viewer.isStudent()) {
            restrictStudent(q, viewer.studentId(), "lecture");
        } else {
            access.restrictStaff(q, viewer, "lecture.topic.course");
        }
        return q.equal("lecture.id", f.lecture()).equal("published", f.isPublished()).equal("active", f.isActive())
                .search(f.search(), "title", "description").ordering(f.ordering(), ORDERING, "-createdAt").fetch("lecture")
                .page(page);
    }

    /** Narrows a student's list to open items of lectures they bought (one query for the lecture ids). */
    public <E> ListQuery<E> restrictStudent(ListQuery<E> q, long studentId, String lecture) {
        return q.equal("published", Boolean.TRUE).equal("active", Boolean.TRUE).equal(lecture + ".visible", Boolean.TRUE)
                .equal(lecture + ".topic.active", Boolean.TRUE).equal(lecture + ".topic.course.active", Boolean.TRUE)
                .in(lecture + ".id", purchases.unexpiredLectureIds(studentId));
    }

    /** The lecture named by a form field, with its topic and course; a field error when missing. */
    public Lecture lecture(FormBody body, Long id) {
        if (id == null) {
            return null;
        }
        List<Lecture> found = em.createQuery("select l from Lecture l join fetch l.topic t join fetch t.course c where l.id = :id", Lecture.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            body.errors().add("lecture", Fields.invalidPk(id));
            return null;
        }
        return found.get(0);
    }
}
