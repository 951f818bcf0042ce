package com.edutrack.enrollment;

import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.enrollment.EnrollmentForms.DecisionForm;
import com.edutrack.enrollment.EnrollmentForms.RequestForm;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.persistence.References;
import com.edutrack.platform.security.Principal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

/** Enrollment requests (platform.md section 4, seed section 6): students ask, the course's staff decide. */
@ApplicationScoped
public class CourseEnrollmentService {
    static final Map<String, String> ORDERING = Map.of("enrolled_at", "enrolledAt", "responded_at", "respondedAt",
            "student_name", "student.user.name", "course_name", "course.name", "status", "status");
    private static final String[] VIEW_FETCH = {"student.user", "course.grade", "course.teacher.user", "approvedBy"};

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Notifications notifications;
    @Inject
    References references;

    public record Filters(EnrollmentStatus status, Long course, String search, String ordering) {
    }

    /** A student asks to join a course; a rejected request is reopened, a live one is refused. An inactive course counts as missing. */
    @Transactional
    public CourseEnrollmentView request(long studentId, RequestForm form) {
        Course course = references.find(form.errors(), "course", Course.class, form.course().value(), Course::isActive);
        form.validate();
        long courseId = course.getId();
        Student student = em.find(Student.class, studentId);
        CourseEnrollment enrollment = em.createQuery(
                        "select e from CourseEnrollment e where e.student.id = :s and e.course.id = :c", CourseEnrollment.class)
                .setParameter("s", studentId).setParameter("c", courseId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst().orElse(null);
        if (enrollment == null) {
            enrollment = new CourseEnrollment(student, course);
            try {
                em.persist(enrollment);
                em.flush();
            } catch (PersistenceException raced) {
                // A parallel request of the same student inserted the row first (unique constraint).
                throw ApiException.error(400, "You already have an enrollment for this course");
            }
        } else {
            enrollment.reopen();
        }
        notifications.sendAll(notifications.teacherStaff(course.getTeacher().getId()), NotificationType.ENROLLMENT_REQUESTED,
                "New enrollment request", student.getUser().getName() + " asked to join " + course.getName() + ".",
                Map.of("enrollment_id", enrollment.getId(), "course_id", courseId, "student_id", studentId));
        return CourseEnrollmentView.of(enrollment);
    }

    @Transactional
    public Page<CourseEnrollmentView> mine(long studentId, PageRequest page) {
        return ListQuery.of(em, CourseEnrollment.class).equal("student.id", studentId)
                .ordering(null, ORDERING, "-enrolledAt").fetch(VIEW_FETCH).page(page).map(CourseEnrollmentView::of);
    }

    /** The enrollments of the courses of the teacher the caller acts for. */
    @Transactional
    public Page<CourseEnrollmentView> ofTeacher(long teacherId, Filters f, PageRequest page) {
        return ListQuery.of(em, CourseEnrollment.class)
                .equal("course.teacher.id", teacherId)
                .equal("status", f.status())
                .equal("course.id", f.course())
                .search(f.search(), "student.user.name", "student.studentCode", "student.user.username", "course.name")
                .ordering(f.ordering(), ORDERING, "-enrolledAt")
                .fetch(VIEW_FETCH).page(page).map(CourseEnrollmentView::of);
    }

    /**
     * Approves or rejects one request, holding its row lock so that a teacher and an assistant
     * deciding at once produce one decision and one notification; the loser sees the new status.
     */
    @Transactional
    public CourseEnrollmentView decide(Principal staff, long id, EnrollmentDecision decision, DecisionForm form) {
        CourseEnrollment e = em.find(CourseEnrollment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ApiException.error(404, "Enrollment not found");
        }
        if (!e.getCourse().isTaughtBy(staff.teacherId())) {
            throw ApiException.error(403, "You can only manage enrollments for your own courses");
        }
        form.validate();
        e.decide(decision, em.getReference(User.class, staff.userId()), form.responseNote().value());
        boolean approved = decision == EnrollmentDecision.APPROVE;
        String course = e.getCourse().getName();
        notifications.send(e.getStudent().getUser().getId(),
                approved ? NotificationType.ENROLLMENT_APPROVED : NotificationType.ENROLLMENT_REJECTED,
                approved ? "Enrollment approved" : "Enrollment rejected",
                approved ? "Your enrollment in " + course + " was approved." : "Your enrollment in " + course + " was rejected.",
                Map.of("enrollment_id", id, "course_id", e.getCourse().getId()));
        return CourseEnrollmentView.of(e);
    }
}
