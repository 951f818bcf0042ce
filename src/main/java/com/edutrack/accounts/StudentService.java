package com.edutrack.accounts;

import java.util.Map;
import java.util.regex.Pattern;

import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.PasswordHasher;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import com.edutrack.structure.Area;
import com.edutrack.structure.Governorate;
import com.edutrack.structure.Grade;
import com.edutrack.enrollment.CourseEnrollment;
import com.edutrack.enrollment.EnrollmentStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Student registration, the student's own profile, and the site owner's administration of students. */
@ApplicationScoped
public class StudentService {
    private static final Pattern NATIONAL_ID = Pattern.compile("^\\d{14}$");
    private static final Map<String, String> ORDERING = Map.of("name", "nameEn", "created_at", "createdAt", "student_code", "studentCode");

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AccountRules rules;
    @Inject
    PasswordHasher hasher;
    @Inject
    StudentCodes codes;

    @Transactional
    public StudentView register(FormBody body) {
        FieldErrors errors = body.errors();
        String username = body.requiredString("username");
        String password = body.string("password");
        String confirm = body.string("password_confirm");
        String gmail = body.requiredString("gmail");
        rules.username(errors, username, null);
        rules.gmail(errors, gmail, null);
        rules.password(errors, "password", password, username);
        if (errors.requireText("password_confirm", confirm) && password != null && !password.equals(confirm)) {
            errors.add("password_confirm", "Passwords do not match.");
        }
        String nameAr = body.requiredString("name_ar");
        String nameEn = body.requiredString("name_en");
        Student student = new Student(new User(username, "", Role.STUDENT, nameEn != null ? nameEn : "", gmail), codes.next());
        student.setNameAr(nameAr);
        student.setNameEn(nameEn);
        applyProfile(student, body, false);
        errors.throwIfAny();
        student.getUser().setPasswordHash(hasher.hash(password));
        em.persist(student);
        em.flush();
        return StudentView.of(student);
    }

    @Transactional
    public StudentView profile(long studentId) {
        return StudentView.of(find(studentId));
    }

    /** The student edits their own profile; account, code, status and access stay with the site owner. */
    @Transactional
    public StudentView updateProfile(long studentId, FormBody body) {
        Student student = find(studentId);
        FieldErrors errors = body.errors();
        if (body.has("name_ar")) {
            student.setNameAr(body.requiredString("name_ar"));
        }
        if (body.has("name_en")) {
            String nameEn = body.requiredString("name_en");
            student.setNameEn(nameEn);
            if (nameEn != null) {
                student.getUser().setName(nameEn);
            }
        }
        if (body.has("gmail")) {
            String gmail = body.requiredString("gmail");
            rules.gmail(errors, gmail, student.getUser().getId());
            if (!errors.has("gmail")) {
                student.getUser().setGmail(gmail);
            }
        }
        applyProfile(student, body, true);
        errors.throwIfAny();
        em.flush();
        return StudentView.of(student);
    }

    @Transactional
    public Page<StudentView> list(Principal caller, Long grade, Boolean isActive, String search, String ordering, PageRequest page) {
        ListQuery<Student> query = ListQuery.of(em, Student.class)
                .equal("grade.id", grade)
                .equal("user.active", isActive)
                .search(search, "nameEn", "nameAr", "user.username", "studentCode", "phoneNumber")
                .ordering(ordering, ORDERING, "-createdAt")
                .fetch("user", "grade", "governorate", "area");
        if (caller.role() != Role.SITEOWNER) {
            // Staff see the students with an approved enrollment in one of their teacher's courses.
            Long teacher = caller.teacherId();
            query.where((cb, root) -> {
                var sub = cb.createQuery().subquery(Long.class);
                var e = sub.from(CourseEnrollment.class);
                sub.select(e.get("student").get("id")).where(
                        cb.equal(e.get("course").get("teacher").get("id"), teacher),
                        cb.equal(e.get("status"), EnrollmentStatus.approved));
                return root.get("id").in(sub);
            });
        }
        return query.page(page).map(StudentView::of);
    }

    @Transactional
    public StudentView get(long id) {
        return StudentView.of(find(id));
    }

    /** The site owner's switches: is_active, status, can_access_course. */
    @Transactional
    public StudentView administer(long id, FormBody body) {
        Student student = find(id);
        Boolean active = body.bool("is_active");
        String status = body.string("status");
        Boolean access = body.bool("can_access_course");
        if (status != null && !Student.STATUSES.contains(status)) {
            body.errors().add("status", "\"" + status + "\" is not a valid choice.");
        }
        body.errors().throwIfAny();
        if (active != null) {
            student.getUser().setActive(active);
        }
        if (status != null) {
            student.setStatus(status);
        }
        if (access != null) {
            student.setCanAccessCourse(access);
        }
        em.flush();
        return StudentView.of(student);
    }

    private void applyProfile(Student s, FormBody body, boolean partial) {
        FieldErrors errors = body.errors();
        if (!partial || body.has("phone_number")) {
            String phone = body.string("phone_number");
            rules.mobile(errors, "phone_number", phone, true);
            s.setPhoneNumber(phone);
        }
        for (String field : new String[] {"father_number", "mother_number"}) {
            if (body.has(field)) {
                String phone = body.string(field);
                rules.mobile(errors, field, phone, false);
                if (field.equals("father_number")) {
                    s.setFatherNumber(blankToNull(phone));
                } else {
                    s.setMotherNumber(blankToNull(phone));
                }
            }
        }
        if (!partial || body.has("gender")) {
            String gender = body.string("gender");
            rules.gender(errors, gender, true);
            s.setGender(gender);
        }
        if (!partial || body.has("birth_date")) {
            var birth = body.date("birth_date");
            if (!errors.has("birth_date")) {
                errors.require("birth_date", birth);
            }
            s.setBirthDate(birth);
        }
        if (!partial || body.has("national_id")) {
            String id = body.requiredString("national_id");
            if (id != null && !errors.has("national_id") && !NATIONAL_ID.matcher(id).matches()) {
                errors.add("national_id", "National ID must be exactly 14 digits.");
            }
            s.setNationalId(id);
        }
        if (!partial || body.has("grade")) {
            Long gradeId = body.requiredInteger("grade");
            Grade grade = gradeId == null ? null : em.find(Grade.class, gradeId);
            if (gradeId != null && (grade == null || !grade.isActive())) {
                errors.add("grade", "Invalid pk \"" + gradeId + "\" - object does not exist.");
            }
            s.setGrade(grade);
        }
        if (!partial || body.has("governorate") || body.has("area")) {
            Long govId = body.has("governorate") || !partial ? body.requiredInteger("governorate") : s.getGovernorate().getId();
            Long areaId = body.has("area") || !partial ? body.requiredInteger("area") : s.getArea().getId();
            Governorate gov = govId == null ? null : em.find(Governorate.class, govId);
            Area area = areaId == null ? null : em.find(Area.class, areaId);
            if (govId != null && gov == null) {
                errors.add("governorate", "Invalid pk \"" + govId + "\" - object does not exist.");
            }
            if (areaId != null && area == null) {
                errors.add("area", "Invalid pk \"" + areaId + "\" - object does not exist.");
            }
            if (gov != null && area != null && !area.getGovernorate().getId().equals(gov.getId())) {
                errors.add("area", "The selected area does not belong to the selected governorate.");
            }
            s.setGovernorate(gov);
            s.setArea(area);
        }
        for (String field : new String[] {"father_job", "school_name", "facebook_link", "division", "school_type"}) {
            if (body.has(field)) {
                String value = blankToNull(body.string(field));
                errors.maxLength(field, value, field.equals("facebook_link") ? 300 : 200);
                switch (field) {
                    case "father_job" -> s.setFatherJob(value);
                    case "school_name" -> s.setSchoolName(value);
                    case "facebook_link" -> s.setFacebookLink(value);
                    case "division" -> s.setDivision(value);
                    default -> s.setSchoolType(value);
                }
            }
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Student find(long id) {
        Student student = em.find(Student.class, id);
        if (student == null) {
            throw ApiException.notFound();
        }
        return student;
    }
}
