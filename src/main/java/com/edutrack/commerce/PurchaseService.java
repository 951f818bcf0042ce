package com.edutrack.commerce;

import java.time.Instant;
import java.util.Map;

import com.edutrack.accounts.ContentAccess;
import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.commerce.CommerceForms.ReopenForm;
import com.edutrack.content.Lecture;
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
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Buying lectures from the course balance, and the staff's reopen (seed section 7, platform.md section 4). */
@ApplicationScoped
public class PurchaseService {
    static final Map<String, String> ORDERING = Map.of("purchased_at", "purchasedAt", "expires_at", "effectiveExpiry",
            "amount_paid", "amountPaid", "lecture_name", "lecture.name", "student_name", "student.user.name");
    private static final String[] VIEW_FETCH = {"student.user", "lecture.topic.course.teacher.user", "reopenedBy"};

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Wallets wallets;
    @Inject
    LecturePurchases purchases;
    @Inject
    ContentAccess contentAccess;
    @Inject
    Notifications notifications;

    public record Filters(Long course, Long lecture, String student, Boolean expired, String ordering) {
    }

    /**
     * Debits the lecture's final price and grants access for its available days. Runs under the
     * student's wallet lock, so parallel purchases see each other: the balance is checked and
     * debited once per purchase and a second purchase of the same lecture finds the first.
     */
    @Transactional
    public PurchaseView purchase(long studentId, long lectureId) {
        Lecture lecture = em.find(Lecture.class, lectureId);
        if (lecture == null || !lecture.isOpenToStudents() || !lecture.getTopic().getCourse().isActive()) {
            throw ApiException.notFound();
        }
        contentAccess.require(studentId);
        long courseId = lecture.getTopic().getCourse().getId();
        CourseBalance balance = wallets.lock(studentId, courseId, "You must be enrolled in this course to purchase its lectures");
        if (purchases.hasUnexpiredPurchase(studentId, lectureId)) {
            throw ApiException.error(400, "You already have access to this lecture");
        }
        Student student = em.find(Student.class, studentId);
        long userId = student.getUser().getId();
        wallets.post(balance, TransactionType.purchase, lecture.getFinalPrice().negate(), userId, "Purchase of lecture: " + lecture.getName());
        LecturePurchase purchase = new LecturePurchase(student, lecture, lecture.getFinalPrice(), Instant.now());
        em.persist(purchase);
        em.flush();
        notifications.send(userId, NotificationType.LECTURE_PURCHASED, "Lecture purchased",
                "You now have access to " + lecture.getName() + " until " + purchase.getEffectiveExpiry() + ".",
                Map.of("purchase_id", purchase.getId(), "lecture_id", lectureId, "course_id", courseId));
        return PurchaseView.of(purchase, Instant.now());
    }

    @Transactional
    public Page<PurchaseView> mine(long studentId, Filters f, PageRequest page) {
        ListQuery<LecturePurchase> q = ListQuery.of(em, LecturePurchase.class).equal("student.id", studentId);
        return filtered(q, f).page(page).map(p -> PurchaseView.of(p, Instant.now()));
    }

    /** The purchases of lectures in the courses of the teacher the caller acts for. */
    @Transactional
    public Page<PurchaseView> ofTeacher(long teacherId, Filters f, PageRequest page) {
        ListQuery<LecturePurchase> q = ListQuery.of(em, LecturePurchase.class).equal("lecture.topic.course.teacher.id", teacherId);
        StudentRef ref = StudentRef.parse(f.student());
        if (ref != null) {
            q.where((cb, root) -> ref.id() != null
                    ? cb.equal(root.get("student").get("id"), ref.id())
                    : cb.equal(cb.upper(root.get("student").get("studentCode")), ref.code()));
        }
        return filtered(q, f).page(page).map(p -> PurchaseView.of(p, Instant.now()));
    }

    private static ListQuery<LecturePurchase> filtered(ListQuery<LecturePurchase> q, Filters f) {
        Instant now = Instant.now();
        if (f.expired() != null) {
            q.where((cb, root) -> f.expired()
                    ? cb.lessThanOrEqualTo(root.get("effectiveExpiry"), now)
                    : cb.greaterThan(root.get("effectiveExpiry"), now));
        }
        return q.equal("lecture.topic.course.id", f.course()).equal("lecture.id", f.lecture())
                .ordering(f.ordering(), ORDERING, "-purchasedAt").fetch(VIEW_FETCH);
    }

    /** Seed section 7: extends access; 404 before 403, as DRF looks the object up first. */
    @Transactional
    public PurchaseView reopen(Principal staff, long id, ReopenForm form) {
        LecturePurchase p = em.find(LecturePurchase.class, id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (p == null) {
            throw ApiException.notFound();
        }
        if (!p.getLecture().getTopic().getCourse().isTaughtBy(staff.teacherId())) {
            throw ApiException.error(403, "You can only extend access for lectures in your own courses");
        }
        form.validate();
        int extraDays = form.extraDays().value();
        Instant now = Instant.now();
        p.reopen(extraDays, em.getReference(User.class, staff.userId()), form.note().value(), now);
        em.flush();
        notifications.send(p.getStudent().getUser().getId(), NotificationType.ACCESS_REOPENED, "Access extended",
                "Your access to " + p.getLecture().getName() + " was extended by " + extraDays + " days.",
                Map.of("purchase_id", id, "lecture_id", p.getLecture().getId(), "extra_days", extraDays));
        return PurchaseView.of(p, now);
    }
}
