package com.edutrack.accounts;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import com.edutrack.accounts.StaffForms.TeacherForm;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.security.Role;
import com.edutrack.structure.Grade;
import com.edutrack.structure.Subject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** The site owner's administration of teachers. */
@ApplicationScoped
public class TeacherService {
    private static final Map<String, String> ORDERING = Map.of("name", "user.name", "created_at", "createdAt", "username", "user.username");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    StaffLogin logins;
    @Inject
    References references;

    /** List filters from the query string; {@code grade} matches teachers who teach that grade. */
    public record Filters(Boolean isActive, Long subject, Long grade, String search, String ordering) {
    }

    @Transactional
    public Page<TeacherView> list(Filters f, PageRequest page) {
        ListQuery<Teacher> query = ListQuery.of(em, Teacher.class)
                .equal("user.active", f.isActive())
                .equal("subject.id", f.subject())
                .search(f.search(), "user.name", "user.username", "user.gmail", "phone")
                .ordering(f.ordering(), ORDERING, "-createdAt")
                .fetch("user", "subject");
        if (f.grade() != null) {
            query.where((cb, root) -> cb.isMember(em.getReference(Grade.class, f.grade()), root.<Collection<Grade>>get("grades")));
        }
        return query.page(page).map(TeacherView::of);
    }

    @Transactional
    public TeacherView get(long id) {
        return TeacherView.of(find(id));
    }

    @Transactional
    public TeacherView create(TeacherForm form) {
        Teacher teacher = logins.create(form, Role.TEACHER, user -> {
            Teacher t = new Teacher(user);
            applyProfile(t, form);
            return t;
        });
        em.persist(teacher);
        em.flush();
        return TeacherView.of(teacher);
    }

    /** PUT and PATCH: the form holds what each requires. */
    @Transactional
    public TeacherView update(long id, TeacherForm form) {
        Teacher teacher = find(id);
        logins.update(teacher.getUser(), form, () -> applyProfile(teacher, form));
        em.flush();
        return TeacherView.of(teacher);
    }

    @Transactional
    public void delete(long id) {
        Teacher teacher = find(id);
        try {
            // sessions are not history worth keeping; courses and assistants are, so they block the delete
            em.createQuery("delete from RefreshToken t where t.user = :u").setParameter("u", teacher.getUser()).executeUpdate();
            em.remove(teacher);
            em.remove(teacher.getUser());
            em.flush();
        } catch (PersistenceException e) {
            throw ApiException.detail(400, "This teacher has courses or assistants and cannot be deleted. Deactivate the teacher instead.");
        }
    }

    private void applyProfile(Teacher teacher, TeacherForm form) {
        FieldErrors errors = form.errors();
        form.phone().ifSent(teacher::setPhone);
        form.secondaryPhone().ifSent(teacher::setSecondaryPhone);
        form.gender().ifSent(teacher::setGender);
        form.biography().ifSent(teacher::setBiography);
        form.facebook().ifSent(teacher::setFacebook);
        if (form.subjectId().sent()) {
            Subject subject = references.find(errors, "subject_id", Subject.class, form.subjectId().value());
            teacher.setSubject(subject);
        }
        form.gradeIds().ifValue(ids -> {
            // one message for any missing id, as the seed words it (not DRF's per-id "Invalid pk")
            FieldErrors missing = new FieldErrors();
            List<Grade> grades = references.findAll(missing, "grade_ids", Grade.class, ids, Grade::getId);
            if (grades == null) {
                errors.add("grade_ids", "One or more grades do not exist.");
            } else {
                teacher.getGrades().clear();
                teacher.getGrades().addAll(grades);
            }
        });
    }

    private Teacher find(long id) {
        Teacher teacher = em.find(Teacher.class, id);
        if (teacher == null) {
            throw ApiException.notFound();
        }
        return teacher;
    }
}
