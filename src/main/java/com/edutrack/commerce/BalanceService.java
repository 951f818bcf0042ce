package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.catalog.Course;
import com.edutrack.commerce.BalanceViews.Deposit;
import com.edutrack.commerce.BalanceViews.LedgerRow;
import com.edutrack.commerce.BalanceViews.OwnBalance;
import com.edutrack.commerce.BalanceViews.StudentBalance;
import com.edutrack.commerce.CommerceForms.DepositForm;
import com.edutrack.enrollment.EnrollmentStatus;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Seed section 12: staff deposits, balance lists and the ledger. */
@ApplicationScoped
public class BalanceService {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Wallets wallets;
    @Inject
    Notifications notifications;

    /** A deposit by the course's staff; checks in the seed's order: student, course, ownership, enrollment. */
    @Transactional
    public Deposit add(Principal staff, DepositForm form) {
        form.validate();
        long courseId = form.course().value();
        BigDecimal amount = form.amount().value();
        Student student = findStudent(StudentRef.parse(form.student().value()));
        if (student == null) {
            throw ApiException.error(404, "Student not found");
        }
        Course course = em.find(Course.class, courseId);
        if (course == null) {
            throw ApiException.error(404, "Course not found");
        }
        if (!course.isTaughtBy(staff.teacherId())) {
            throw ApiException.error(403, "You can only add balance for your own courses");
        }
        CourseBalance balance = wallets.lock(student.getId(), courseId, "Student is not enrolled in this course");
        BalanceTransaction row = wallets.post(balance, TransactionType.deposit, amount, staff.userId(), form.reason().value());
        notifications.send(student.getUser().getId(), NotificationType.BALANCE_ADDED, "Balance added",
                amount.toPlainString() + " was added to your balance in " + course.getName() + ".",
                Map.of("course_id", courseId, "amount", amount.toPlainString(), "transaction_id", row.getId()));
        return new Deposit("Balance added successfully.", student.getUser().getName(), student.getStudentCode(), course.getName(),
                amount, balance.getBalance(), row.getId());
    }

    /** The student a {@link StudentRef} names, or null. */
    private Student findStudent(StudentRef ref) {
        if (ref.id() != null) {
            return em.find(Student.class, ref.id());
        }
        return em.createQuery("select s from Student s where upper(s.studentCode) = :c", Student.class)
                .setParameter("c", ref.code()).getResultStream().findFirst().orElse(null);
    }

    /**
     * Every approved student of the teacher's courses with the balance held there (0.00 before the
     * first movement). One query whatever the number of rows.
     */
    @Transactional
    public List<StudentBalance> ofTeacher(long teacherId, Long courseId, String studentRef) {
        Long studentId = null;
        StudentRef ref = StudentRef.parse(studentRef);
        if (ref != null) {
            Student s = findStudent(ref);
            if (s == null) {
                return List.of();
            }
            studentId = s.getId();
        }
        return em.createQuery("""
                        select s.id, u.name, s.studentCode, c.id, c.name, b.balance, e.enrolledAt
                        from CourseEnrollment e join e.student s join s.user u join e.course c
                        left join CourseBalance b on b.student = s and b.course = c
                        where c.teacher.id = :t and e.status = :approved
                          and (:course is null or c.id = :course) and (:student is null or s.id = :student)
                        order by c.name, u.name, s.id""", Object[].class)
                .setParameter("t", teacherId).setParameter("approved", EnrollmentStatus.approved)
                .setParameter("course", courseId).setParameter("student", studentId)
                .getResultStream()
                .map(r -> new StudentBalance((Long) r[0], (String) r[1], (String) r[2], (Long) r[3], (String) r[4],
                        r[5] == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) r[5], (Instant) r[6]))
                .toList();
    }

    /** The student's balances in the courses where they are approved members. */
    @Transactional
    public List<OwnBalance> mine(long studentId) {
        return em.createQuery("""
                        select c.id, c.name, b.balance
                        from CourseEnrollment e join e.course c
                        left join CourseBalance b on b.student = e.student and b.course = c
                        where e.student.id = :s and e.status = :approved
                        order by c.name, c.id""", Object[].class)
                .setParameter("s", studentId).setParameter("approved", EnrollmentStatus.approved)
                .getResultStream()
                .map(r -> new OwnBalance((Long) r[0], (String) r[1], r[2] == null ? BigDecimal.ZERO.setScale(2) : (BigDecimal) r[2]))
                .toList();
    }

    /** The ledger: a student sees their own rows, staff the rows of their teacher's courses. Newest first. */
    @Transactional
    public Page<LedgerRow> transactions(Principal caller, Long courseId, String studentRef, PageRequest page) {
        ListQuery<BalanceTransaction> q = ListQuery.of(em, BalanceTransaction.class).equal("balance.course.id", courseId);
        if (caller.role() == Role.STUDENT) {
            q.equal("balance.student.id", caller.studentId());
        } else {
            q.equal("balance.course.teacher.id", caller.teacherId());
            StudentRef ref = StudentRef.parse(studentRef);
            if (ref != null) {
                Student s = findStudent(ref);
                q.equal("balance.student.id", s == null ? -1L : s.getId());
            }
        }
        return q.ordering(null, Map.of(), "-createdAt").fetch("balance.student.user", "balance.course", "actor")
                .page(page).map(LedgerRow::of);
    }
}
