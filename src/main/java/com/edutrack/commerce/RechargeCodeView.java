package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/** A recharge code as the site owner sees it. */
public record RechargeCodeView(long id, String code, BigDecimal amount, Long course, String courseName, boolean isUsed, Long usedBy,
                               String usedByName, String usedByCode, Long usedCourse, Instant usedAt, Instant createdAt) {

    static RechargeCodeView of(RechargeCode c) {
        var course = c.getCourse();
        var student = c.getUsedBy();
        return new RechargeCodeView(c.getId(), c.getCode(), c.getAmount(), course == null ? null : course.getId(),
                course == null ? null : course.getName(), c.getUsedAt() != null, student == null ? null : student.getId(),
                student == null ? null : student.getUser().getName(), student == null ? null : student.getStudentCode(),
                c.getUsedCourse() == null ? null : c.getUsedCourse().getId(), c.getUsedAt(), c.getCreatedAt());
    }
}
