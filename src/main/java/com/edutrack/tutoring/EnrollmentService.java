package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.edutrack.accounts.User;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.tutoring.TutoringEnrollmentForms.BookingForm;
import com.edutrack.tutoring.TutoringEnums.EnrollmentStatus;
import com.edutrack.tutoring.TutoringEnums.MeetingResult;
import com.edutrack.tutoring.TutoringEnums.PaymentConfirmation;
import com.edutrack.tutoring.TutoringEnums.RefundStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** Booking (create) and reading enrollments. Status changes after booking live in {@link EnrollmentLifecycleService}. */
@ApplicationScoped
public class EnrollmentService {
    static final List<EnrollmentStatus> LIVE = List.of(EnrollmentStatus.pending, EnrollmentStatus.active);

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    Callers callers;

    /**
     * Books a pack for the calling student. The pack row is locked, the rules checked, then the
     * requested slots are locked (SELECT ... FOR UPDATE, in id order so two bookings never
     * deadlock), checked and set booked in this same transaction. A second student waiting on the
     * locks then sees the slots booked and gets 409.
     */
    @Transactional
    public Enrollment create(BookingForm b) {
        b.validate();
        if (b.coursePackId() == null || b.tutorProfileId() == null || b.lessonSlotIds() == null
                || b.totalAmount() == null || b.currency() == null) {
            throw ApiException.tutoring(400, "errMsg_RequiredFieldsMissing",
                    "coursePackId, tutorProfileId, lessonSlotIds, totalAmount and currency are required.");
        }
        if (b.refundStatus() != null && !RefundStatus.notRequested.name().equals(b.refundStatus())) {
            throw ApiException.tutoring(400, "errMsg_RefundStatusIsNotValid", "A new enrollment's refundStatus is notRequested.");
        }
        UUID student = callers.uuid();
        // The pack row is locked first: it serializes bookings of one pack, which makes the
        // one-live-enrollment-per-student rule hold under parallel requests and orders a booking
        // against a concurrent course removal (which updates the same row).
        CoursePack pack = em.find(CoursePack.class, b.coursePackId(), LockModeType.PESSIMISTIC_WRITE);
        if (pack == null) {
            throw Callers.notFound("CoursePack");
        }
        if (!pack.getTutorProfile().getId().equals(b.tutorProfileId())) {
            throw ApiException.tutoring(400, "errMsg_TutorProfileMismatch", "tutorProfileId is not the course pack's tutor.");
        }
        if (!pack.takesBookings()) {
            throw ApiException.tutoring(409, "errMsg_CoursePackNotBookable", "This course pack takes no bookings (inactive pack or tutor not active).");
        }
        if (BigDecimal.valueOf(b.totalAmount()).compareTo(pack.getPrice()) != 0) {
            throw ApiException.tutoring(400, "errMsg_TotalAmountMismatch", "totalAmount must be the pack's price, " + pack.getPrice().toPlainString() + ".");
        }
        if (!b.currency().equalsIgnoreCase(pack.getCurrency())) {
            throw ApiException.tutoring(400, "errMsg_CurrencyMismatch", "currency must be the pack's currency, " + pack.getCurrency() + ".");
        }
        if (b.lessonSlotIds().contains(null)) {
            throw ApiException.tutoring(400, "errMsg_LessonSlotIdsAreNotValid", "lessonSlotIds must be distinct ids.");
        }
        Set<UUID> slotIds = new TreeSet<>(b.lessonSlotIds());
        if (slotIds.size() != b.lessonSlotIds().size()) {
            throw ApiException.tutoring(400, "errMsg_LessonSlotIdsAreNotValid", "lessonSlotIds must be distinct ids.");
        }
        if (slotIds.size() != pack.getLessonCount()) {
            throw ApiException.tutoring(400, "errMsg_LessonSlotCountMismatch", "This pack needs exactly " + pack.getLessonCount() + " lesson slots.");
        }
        if (pack.isRequiresPreliminaryMeeting() && !passedMeeting(pack, student)) {
            throw ApiException.tutoring(400, "errMsg_PreliminaryMeetingRequired", "This pack needs a passed preliminary meeting first.");
        }
        if (hasLiveEnrollment(pack, student)) {
            throw ApiException.tutoring(409, "errMsg_AlreadyEnrolled", "You already have a live enrollment in this course pack.");
        }
        List<LessonSlot> slots = em.createQuery("select s from LessonSlot s where s.id in :ids order by s.id", LessonSlot.class)
                .setParameter("ids", slotIds).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        if (slots.size() != slotIds.size()) {
            throw ApiException.tutoring(404, "errMsg_LessonSlotNotFound", "One or more lesson slots do not exist.");
        }
        for (LessonSlot slot : slots) {
            if (!slot.getCoursePack().getId().equals(pack.getId())) {
                throw ApiException.tutoring(400, "errMsg_LessonSlotNotInPack", "Lesson slot " + slot.getId() + " does not belong to this course pack.");
            }
            slot.book();
        }
        Enrollment enrollment = new Enrollment(pack, student, slots);
        em.persist(enrollment);
        em.persist(new EnrollmentAudit(enrollment.getId(), student, null, EnrollmentStatus.pending.name(), "booked"));
        em.flush();
        return enrollment;
    }

    /** The enrollment's student, the pack's tutor or an admin. */
    public Enrollment get(UUID id) {
        Enrollment e = em.find(Enrollment.class, id);
        if (e == null) {
            throw Callers.notFound("Enrollment");
        }
        boolean mine = callers.isStudent() && e.getStudentId().equals(callers.uuid());
        if (!mine && !callers.isAdmin() && !callers.owns(e.getTutorProfile())) {
            throw Callers.forbidden("Only the enrollment's student, its tutor or an admin may see it.");
        }
        return e;
    }

    /**
     * Students see their own, tutors the ones of their profile, admins all. The pack and tutor
     * profile are fetch-joined into the page query and the slots come in one more query, so a
     * page costs the same statements whatever its size.
     */
    public Page<Enrollment> list(UUID tutorProfileId, String paymentConfirmation, PageRequest page) {
        ListQuery<Enrollment> q = ListQuery.of(em, Enrollment.class).fetch("coursePack", "tutorProfile")
                .equal("tutorProfile.id", tutorProfileId)
                .equal("paymentConfirmation", TutoringEnums.parse(PaymentConfirmation.class, paymentConfirmation, "paymentConfirmation"));
        if (callers.isStudent()) {
            q.equal("studentId", callers.uuid());
        } else if (!callers.isAdmin()) {
            q.equal("tutorProfile.tutorId", callers.uuid());
        }
        Page<Enrollment> rows = q.ordering(null, Map.of(), "-createdAt").page(page);
        loadSlots(rows.items());
        return rows;
    }

    /** Fills the slots of all listed enrollments with one query (also when pageNumber=0 returns many rows). */
    private void loadSlots(List<Enrollment> rows) {
        if (!rows.isEmpty()) {
            em.createQuery("select distinct e from Enrollment e left join fetch e.lessonSlots where e.id in :ids", Enrollment.class)
                    .setParameter("ids", rows.stream().map(Enrollment::getId).toList()).getResultList();
        }
    }

    /** The students of the given enrollments, in one query. */
    public Map<UUID, User> students(Collection<Enrollment> enrollments) {
        Set<UUID> ids = enrollments.stream().map(Enrollment::getStudentId).collect(Collectors.toCollection(HashSet::new));
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select u from User u where u.uuid in :ids", User.class).setParameter("ids", ids)
                .getResultStream().collect(Collectors.toMap(User::getUuid, Function.identity()));
    }

    private boolean passedMeeting(CoursePack pack, UUID student) {
        return em.createQuery("select count(m) from PreliminaryMeeting m where m.coursePack = :p and m.studentId = :s and m.result = :r", Long.class)
                .setParameter("p", pack).setParameter("s", student).setParameter("r", MeetingResult.passed).getSingleResult() > 0;
    }

    private boolean hasLiveEnrollment(CoursePack pack, UUID student) {
        return em.createQuery("select count(e) from Enrollment e where e.coursePack = :p and e.studentId = :s and e.enrollmentStatus in :live", Long.class)
                .setParameter("p", pack).setParameter("s", student).setParameter("live", LIVE).getSingleResult() > 0;
    }
}
