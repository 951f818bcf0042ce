package com.edutrack.accounts;

import java.util.Map;

import com.edutrack.accounts.StudentForms.RegistrationForm;
import com.edutrack.accounts.StudentForms.StudentAdminForm;
import com.edutrack.accounts.StudentForms.StudentProfileForm;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import com.edutrack.structure.Area;
import com.edutrack.structure.Governorate;
import com.edutrack.structure.Grade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Student registration, the student's own profile, and the site owner's administration of students. */
@ApplicationScoped
public class StudentService {
    private static final Map<String, String> ORDERING = Map.of("name", "nameEn", "created_at", "createdAt", "student_code", "studentCode");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AccountRules rules;
    @Inject
    PasswordHasher hasher;
    @Inject
    StudentCodes codes;
    @Inject
    TeacherStudents teacherStudents;
    @Inject
    References references;

    /** List filters from the query string. */
    public record Filters(Long grade, Boolean isActive, String search, String ordering) {
    }

    @Transactional
    public StudentView register(RegistrationForm form) {
        rules.usernameFree(form.errors(), form.username().value(), null);
        Student student = new Student(new User(form.username().value(), "", Role.STUDENT, "", null), codes.next());
        applyProfile(student, form.profile());
        form.validate();
        student.getUser().setPasswordHash(hasher.hash(form.password().value()));
        em.persist(student);
        em.flush();
        return StudentView.of(student);
    }

    /** The student edits their own profile (what is sent); account, code, status and access stay with the site owner. */
    @Transactional
    public StudentView updateProfile(long studentId, StudentProfileForm form) {
        Student student = find(studentId);
        applyProfile(student, form);
        form.validate();
        em.flush();
        return StudentView.of(student);
    }

    @Transactional
    public Page<StudentView> list(Principal caller, Filters f, PageRequest page) {
        ListQuery<Student> query = ListQuery.of(em, Student.class)
                .equal("grade.id", f.grade())
                .equal("user.active", f.isActive())
                .search(f.search(), "nameEn", "nameAr", "user.username", "studentCode", "phoneNumber")
                .ordering(f.ordering(), ORDERING, "-createdAt")
                .fetch("user", "grade", "governorate", "area");
        if (caller.role() != Role.SITEOWNER) {
            // Staff see the students with an approved enrollment in one of their teacher's courses.
            query.where(teacherStudents.approvedIn(caller.teacherId()));
        }
        return query.page(page).map(StudentView::of);
    }

    /** A student's profile (their own, or any for the site owner). */
    @Transactional
    public StudentView get(long id) {
        return StudentView.of(find(id));
    }

    /** The site owner's switches: is_active, status, can_access_course (what is sent). */
    @Transactional
    public StudentView administer(long id, StudentAdminForm form) {
        Student student = find(id);
        form.validate();
        form.isActive().ifValue(student.getUser()::setActive);
        form.status().ifValue(student::setStatus);
        form.canAccessCourse().ifValue(student::setCanAccessCourse);
        em.flush();
        return StudentView.of(student);
    }

    /** Applies what the form holds; the caller validates. A new student's user has no id yet, so nothing of theirs is "taken". */
    private void applyProfile(Student s, StudentProfileForm p) {
        FieldErrors errors = p.errors();
        User user = s.getUser();
        p.nameAr().ifValue(s::setNameAr);
        p.nameEn().ifValue(name -> {
            s.setNameEn(name);
            user.setName(name);
        });
        p.gmail().ifValue(gmail -> {
            rules.gmailFree(errors, gmail, user.getId());
            if (!errors.has("gmail")) { // a taken value set would hit the unique index on the next flush
                user.setGmail(gmail);
            }
        });
        p.phoneNumber().ifValue(s::setPhoneNumber);
        p.fatherNumber().ifSent(s::setFatherNumber);
        p.motherNumber().ifSent(s::setMotherNumber);
        p.gender().ifValue(s::setGender);
        p.birthDate().ifValue(s::setBirthDate);
        p.nationalId().ifValue(s::setNationalId);
        if (p.grade().sent()) {
            Grade grade = references.find(errors, "grade", Grade.class, p.grade().value(), Grade::isActive);
            if (grade != null) {
                s.setGrade(grade);
            }
        }
        place(s, p);
        p.fatherJob().ifSent(s::setFatherJob);
        p.schoolName().ifSent(s::setSchoolName);
        p.facebookLink().ifSent(s::setFacebookLink);
        p.division().ifSent(s::setDivision);
        p.schoolType().ifSent(s::setSchoolType);
    }

    /** Governorate and area go together: one sent alone is checked against the stored other. */
    private void place(Student s, StudentProfileForm p) {
        if (!p.governorate().sent() && !p.area().sent()) {
            return;
        }
        FieldErrors errors = p.errors();
        Long governorateId = p.governorate().sent() ? p.governorate().value() : s.getGovernorate() == null ? null : s.getGovernorate().getId();
        Long areaId = p.area().sent() ? p.area().value() : s.getArea() == null ? null : s.getArea().getId();
        Governorate governorate = references.find(errors, "governorate", Governorate.class, governorateId);
        Area area = references.find(errors, "area", Area.class, areaId);
        if (governorate == null || area == null) {
            return;
        }
        if (!area.getGovernorate().getId().equals(governorate.getId())) {
            errors.add("area", "The selected area does not belong to the selected governorate.");
            return;
        }
        s.setGovernorate(governorate);
        s.setArea(area);
    }

    private Student find(long id) {
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw ApiException.notFound();
        }
        return student;
    }
}
