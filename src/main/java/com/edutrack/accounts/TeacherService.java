package com.edutrack.accounts;

import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
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
    AccountRules rules;
    @Inject
    StaffLogin logins;

    @Transactional
    public Page<TeacherView> list(Boolean isActive, Long subject, Long grade, String search, String ordering, PageRequest page) {
        ListQuery<Teacher> query = ListQuery.of(em, Teacher.class)
                .equal("user.active", isActive)
                .equal("subject.id", subject)
                .search(search, "user.name", "user.username", "user.gmail", "phone")
                .ordering(ordering, ORDERING, "-createdAt")
                .fetch("user", "subject");
        if (grade != null) {
            query.where((cb, root) -> cb.isMember(em.getReference(Grade.class, grade), root.<java.util.Collection<Grade>>get("grades")));
        }
        return query.page(page).map(TeacherView::of);
    }

    @Transactional
    public TeacherView get(long id) {
        return TeacherView.of(find(id));
    }

    @Transactional
    public TeacherView create(FormBody body) {
        Teacher teacher = logins.create(body, Role.TEACHER, user -> {
            Teacher t = new Teacher(user);
            applyProfile(t, body, false);
            return t;
        });
        em.persist(teacher);
        em.flush();
        return TeacherView.of(teacher);
    }

    @Transactional
    public TeacherView update(long id, FormBody body, boolean partial) {
        Teacher teacher = find(id);
        logins.update(teacher.getUser(), body, partial);
        applyProfile(teacher, body, partial);
        body.errors().throwIfAny();
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

    private void applyProfile(Teacher teacher, FormBody body, boolean partial) {
        FieldErrors errors = body.errors();
        if (!partial || body.has("phone")) {
            String phone = body.string("phone");
            rules.mobile(errors, "phone", phone, false);
            teacher.setPhone(phone);
        }
        if (body.has("secondary_phone")) {
            String phone = body.string("secondary_phone");
            rules.mobile(errors, "secondary_phone", phone, false);
            teacher.setSecondaryPhone(phone);
        }
        if (body.has("gender")) {
            String gender = body.string("gender");
            rules.gender(errors, gender, false);
            teacher.setGender(gender);
        }
        if (body.has("biography")) {
            teacher.setBiography(body.string("biography"));
        }
        if (body.has("facebook")) {
            teacher.setFacebook(body.string("facebook"));
        }
        if (body.has("subject_id")) {
            Long subjectId = body.integer("subject_id");
            Subject subject = subjectId == null ? null : em.find(Subject.class, subjectId);
            if (subjectId != null && subject == null) {
                errors.add("subject_id", "Invalid pk \"" + subjectId + "\" - object does not exist.");
            }
            teacher.setSubject(subject);
        }
        if (body.has("grade_ids")) {
            List<Long> gradeIds = body.integers("grade_ids");
            if (gradeIds != null) {
                List<Grade> grades = gradeIds.isEmpty() ? List.of()
                        : em.createQuery("select g from Grade g where g.id in :ids", Grade.class).setParameter("ids", gradeIds).getResultList();
                if (grades.size() != gradeIds.stream().distinct().count()) {
                    errors.add("grade_ids", "One or more grades do not exist.");
                } else {
                    teacher.getGrades().clear();
                    teacher.getGrades().addAll(grades);
                }
            }
        }
    }

    private Teacher find(long id) {
        Teacher teacher = em.find(Teacher.class, id);
        if (teacher == null) {
            throw ApiException.notFound();
        }
        return teacher;
    }
}
