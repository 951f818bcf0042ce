package com.edutrack.catalog;

import java.util.Map;

import com.edutrack.accounts.Teacher;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.storage.ImageStore;
import com.edutrack.platform.storage.MediaUrls;
import com.edutrack.structure.Grade;
import com.edutrack.structure.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Course administration (site owner), the public catalog, and a teacher's own courses. */
@ApplicationScoped
public class CourseService {
    static final Map<String, String> ORDERING = Map.of("name", "name", "created_at", "createdAt", "id", "id");
    private static final String[] FETCH = {"teacher.user", "grade", "subject"};

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    ImageStore images;
    @Inject
    MediaUrls media;
    @Inject
    References references;

    public record Filters(Long grade, Long subject, Long teacher, Boolean isActive, String search, String ordering) {
    }

    /** The catalog: active courses for everyone; the site owner also sees inactive ones. */
    @Transactional
    public Page<CourseView> catalog(Filters f, boolean siteOwner, PageRequest page) {
        ListQuery<Course> q = ListQuery.of(em, Course.class)
                .equal("grade.id", f.grade()).equal("subject.id", f.subject()).equal("teacher.id", f.teacher())
                .equal("active", siteOwner ? f.isActive() : Boolean.TRUE);
        return filtered(q, f).page(page).map(c -> CourseView.of(c, media::url, !siteOwner));
    }

    /** The courses of the teacher a teacher or assistant acts for, inactive ones included. */
    @Transactional
    public Page<CourseView> ofTeacher(long teacherId, Filters f, PageRequest page) {
        ListQuery<Course> q = ListQuery.of(em, Course.class).equal("teacher.id", teacherId)
                .equal("grade.id", f.grade()).equal("subject.id", f.subject()).equal("active", f.isActive());
        return filtered(q, f).page(page).map(c -> CourseView.of(c, media::url, false));
    }

    private ListQuery<Course> filtered(ListQuery<Course> q, Filters f) {
        return q.search(f.search(), "name", "description", "teacher.user.name", "subject.name", "grade.name")
                .ordering(f.ordering(), ORDERING, "-createdAt").fetch(FETCH);
    }

    /**
     * An inactive course is 404 except for the site owner and the staff of its teacher, who also
     * count all of its topics; everyone else counts the active ones.
     */
    @Transactional
    public CourseView get(long id, Principal caller) {
        Course c = load(id);
        boolean insider = caller != null && (caller.role() == Role.SITEOWNER || caller.isStaff() && c.isTaughtBy(caller.teacherId()));
        if (!insider && !c.isActive()) {
            throw ApiException.notFound();
        }
        return CourseView.of(c, media::url, !insider);
    }

    @Transactional
    public CourseView create(CourseForm form) {
        Teacher teacher = references.find(form.errors(), "teacher", Teacher.class, form.teacher().value());
        Grade grade = references.find(form.errors(), "grade", Grade.class, form.grade().value());
        Subject subject = references.find(form.errors(), "subject", Subject.class, form.subject().value());
        form.validate();
        Course c = new Course(teacher, grade, subject, form.name().value());
        apply(c, form);
        em.persist(c);
        em.flush();
        em.refresh(c);
        return CourseView.of(c, media::url, false);
    }

    /** PUT needs every required field; PATCH changes only the fields sent. */
    @Transactional
    public CourseView update(long id, CourseForm form) {
        Course c = load(id);
        Teacher teacher = references.find(form.errors(), "teacher", Teacher.class, form.teacher().value());
        Grade grade = references.find(form.errors(), "grade", Grade.class, form.grade().value());
        Subject subject = references.find(form.errors(), "subject", Subject.class, form.subject().value());
        form.validate();
        if (teacher != null) {
            c.setTeacher(teacher);
        }
        if (grade != null) {
            c.setGrade(grade);
        }
        if (subject != null) {
            c.setSubject(subject);
        }
        String cover = apply(c, form);
        em.flush();
        images.deleteReplaced(cover, c.getCoverPicture()); // only once the row no longer points at it
        em.refresh(c);
        return CourseView.of(c, media::url, false);
    }

    /** The sent fields of a validated form; returns the cover picture the course held before. */
    private String apply(Course c, CourseForm form) {
        form.name().ifValue(c::setName);
        form.description().ifSent(c::setDescription);
        form.isActive().ifValue(c::setActive);
        String before = c.getCoverPicture();
        c.setCoverPicture(images.replace("courses", form.coverPicture(), before));
        return before;
    }

    /**
     * A course with topics keeps its content, and one with enrollments, balances or recharge codes
     * keeps its students' history and money: deactivate it instead.
     */
    @Transactional
    public void delete(long id) {
        Course c = load(id);
        if (c.getTopicCount() > 0) {
            throw ApiException.error(400, "This course has topics and cannot be deleted. Deactivate it instead.");
        }
        if (hasStudentRecords(id)) {
            throw ApiException.error(400, "This course has enrollments or payments and cannot be deleted. Deactivate it instead.");
        }
        em.remove(c);
        em.flush();
        images.delete(c.getCoverPicture()); // only once the row is gone
    }

    /** Rows of the enrollment and commerce features that refer to the course (plain SQL: catalog does not depend on them). */
    private boolean hasStudentRecords(long courseId) {
        Number n = (Number) em.createNativeQuery("""
                select (select count(*) from course_enrollments where course_id = :c)
                     + (select count(*) from course_balances where course_id = :c)
                     + (select count(*) from recharge_codes where course_id = :c or used_course_id = :c)""")
                .setParameter("c", courseId).getSingleResult();
        return n.longValue() > 0;
    }

    Course load(long id) {
        var found = em.createQuery("select c from Course c join fetch c.teacher t join fetch t.user join fetch c.grade "
                        + "join fetch c.subject where c.id = :id", Course.class)
                .setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }
}
