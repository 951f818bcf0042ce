package com.edutrack.tutoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The tutoring notifications, written inside the transaction of the change they announce (a
 * rolled-back cancel notifies nobody). Recipients: the enrollment's student, the pack's tutor and,
 * for refunds, every active admin (site owner).
 */
@ApplicationScoped
public class TutoringNotices {
    @Inject
    Notifications notifications;

    /** The payment went through: the student's lessons are booked. */
    public void confirmed(Enrollment e) {
        notifications.userIdOf(e.getStudentId()).ifPresent(student -> notifications.send(student, NotificationType.TUTORING_ENROLLMENT_CONFIRMED,
                "Tutoring enrollment confirmed", "Your payment for \"" + e.getCoursePack().getTitle() + "\" was received; your lessons are booked.",
                metadata(e)));
    }

    /** The enrollment was canceled (admin, cascade or pending cleanup): student and tutor. */
    public void canceled(Enrollment e, String reason) {
        notifications.sendAll(studentAndTutor(e), NotificationType.TUTORING_ENROLLMENT_CANCELED, "Tutoring enrollment canceled",
                "The enrollment in \"" + e.getCoursePack().getTitle() + "\" was canceled (" + reason + "). Its booked lessons are free again.",
                metadata(e));
    }

    /** Money went back to the student: student, tutor and admins. */
    public void refundProcessed(Enrollment e, long amountMinor) {
        List<Long> to = studentAndTutor(e);
        to.addAll(notifications.siteOwners());
        Map<String, Object> meta = metadata(e);
        String amount = Money.toMajor(amountMinor, e.getCurrency()).toPlainString();
        meta.put("amount", amount);
        meta.put("currency", e.getCurrency());
        notifications.sendAll(to, NotificationType.TUTORING_REFUND_PROCESSED, "Tutoring refund processed",
                amount + " " + e.getCurrency() + " of the payment for \"" + e.getCoursePack().getTitle() + "\" was refunded.", meta);
    }

    private List<Long> studentAndTutor(Enrollment e) {
        List<Long> ids = new ArrayList<>();
        notifications.userIdOf(e.getStudentId()).ifPresent(ids::add);
        notifications.userIdOf(e.getTutorProfile().getTutorId()).ifPresent(ids::add);
        return ids;
    }

    private static Map<String, Object> metadata(Enrollment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enrollmentId", e.getId().toString());
        m.put("coursePackId", e.getCoursePack().getId().toString());
        return m;
    }
}
