package com.edutrack.enrollment;

import java.util.List;
import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
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

    public record Filters(EnrollmentStatus status, Long course, String search, String ordering) {
    }

    /** A student asks to join a course; a rejected request is reopened, a live one is refused. */
    @Transactional
    public EnrollmentView request(long studentId, long courseId) {
        Course course = em.find(Course.class, courseId);
        if (course == null || !course.isActive()) {
            throw ApiException.field("course", "Invalid pk \"" + courseId + "\" - object does not exist.");
        }
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
        return EnrollmentView.of(enrollment);
    }

    @Transactional
    public Page<EnrollmentView> mine(long studentId, PageRequest page) {
        return ListQuery.of(em, CourseEnrollment.class).equal("student.id", studentId)
                .ordering(null, ORDERING, "-enrolledAt").fetch(VIEW_FETCH).page(page).map(EnrollmentView::of);
    }

    /** The enrollments of the courses of the teacher the caller acts for. */
    @Transactional
    public Page<EnrollmentView> ofTeacher(long teacherId, Filters f, PageRequest page) {
        return ListQuery.of(em, CourseEnrollment.class)
                .equal("course.teacher.id", teacherId)
                .equal("status", f.status())
                .equal("course.id", f.course())
                .search(f.search(), "student.user.name", "student.studentCode", "student.user.username", "course.name")
                .ordering(f.ordering(), ORDERING, "-enrolledAt")
                .fetch(VIEW_FETCH).page(page).map(EnrollmentView::of);
    }

    /**
     * Approves or rejects one request, holding its row lock so that a teacher and an assistant
     * deciding at once produce one decision and one notification; the loser sees the new status.
     */
    @Transactional
    public EnrollmentView decide(Principal staff, long id, EnrollmentDecision decision, String note) {
        CourseEnrollment e = em.find(CourseEnrollment.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            throw ApiException.error(404, "Enrollment not found");
        }
        if (!e.getCourse().isTaughtBy(staff.teacherId())) {
            throw ApiException.error(403, "You can only manage enrollments for your own courses");
        }
        e.decide(decision, em.getReference(User.class, staff.userId()), note);
        boolean approved = decision == EnrollmentDecision.APPROVE;
        String course = e.getCourse().getName();
        notifications.send(e.getStudent().getUser().getId(),
                approved ? NotificationType.ENROLLMENT_APPROVED : NotificationType.ENROLLMENT_REJECTED,
                approved ? "Enrollment approved" : "Enrollment rejected",
                approved ? "Your enrollment in " + course + " was approved." : "Your enrollment in " + course + " was rejected.",
                Map.of("enrollment_id", id, "course_id", e.getCourse().getId()));
        return EnrollmentView.of(e);
    }

    /** Whether the student is an approved member of the course. */
    public boolean isApproved(long studentId, long courseId) {
        return em.createQuery("""
                select count(e) from CourseEnrollment e
                where e.student.id = :s and e.course.id = :c and e.status = :st""", Long.class)
                .setParameter("s", studentId).setParameter("c", courseId).setParameter("st", EnrollmentStatus.approved)
                .getSingleResult() > 0;
    }

    /** The user ids of the course's approved students. */
    public List<Long> approvedStudentUserIds(long courseId) {
        return em.createQuery("select e.student.user.id from CourseEnrollment e where e.course.id = :c and e.status = :st", Long.class)
                .setParameter("c", courseId).setParameter("st", EnrollmentStatus.approved).getResultList();
    }
}
