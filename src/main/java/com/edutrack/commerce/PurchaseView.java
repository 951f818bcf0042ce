package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Seed section 7's purchased lecture. */
public record PurchaseView(long id, long student, String studentName, String studentCode, long lecture, String lectureName, String topicName,
                           long course, String courseName, String teacherName, Instant purchasedAt, Instant expiresAt, Instant effectiveExpiry,
                           BigDecimal amountPaid, int extraDays, boolean isExpired, Long reopenedBy, String reopenedByName, Instant reopenedAt,
                           List<ReopenEntry> reopenLogs) {

    public record ReopenEntry(int extraDays, String reopenedBy, Instant reopenedAt, String note) {
    }

    static PurchaseView of(LecturePurchase p, Instant now) {
        var lecture = p.getLecture();
        var topic = lecture.getTopic();
        var course = topic.getCourse();
        var student = p.getStudent();
        var by = p.getReopenedBy();
        List<ReopenEntry> logs = p.getReopenLogs().stream()
                .map(l -> new ReopenEntry(l.getExtraDays(), l.getReopenedBy() == null ? null : l.getReopenedBy().getName(), l.getReopenedAt(), l.getNote()))
                .toList();
        return new PurchaseView(p.getId(), student.getId(), student.getUser().getName(), student.getStudentCode(), lecture.getId(),
                lecture.getName(), topic.getName(), course.getId(), course.getName(), course.getTeacher().getUser().getName(),
                p.getPurchasedAt(), p.getExpiresAt(), p.getEffectiveExpiry(), p.getAmountPaid(), p.getExtraDays(), p.isExpired(now),
                by == null ? null : by.getId(), by == null ? null : by.getName(), p.getReopenedAt(), logs);
    }
}
