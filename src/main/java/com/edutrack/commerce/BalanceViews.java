package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response shapes of the balance and recharge-code routes (seed section 12, platform.md section 4). */
public final class BalanceViews {
    private BalanceViews() {
    }

    @Schema(name = "BalanceDeposit", description = "A deposit made: the student's new balance in the course and its ledger row.")
    public record Deposit(@JsonbProperty("detail") @Schema(example = "Balance added successfully.") String detail,
                          @JsonbProperty("student") @Schema(description = "The student's name.") String student,
                          @JsonbProperty("student_code") String studentCode,
                          @JsonbProperty("course") @Schema(description = "The course's name.") String course,
                          @JsonbProperty("amount_added") BigDecimal amountAdded,
                          @JsonbProperty("new_balance") BigDecimal newBalance,
                          @JsonbProperty("transaction_id") long transactionId) {
    }

    @Schema(name = "StudentBalance", description = "An approved student of one of the teacher's courses and their balance there "
            + "(0.00 before any movement).")
    public record StudentBalance(@JsonbProperty("student_id") long studentId,
                                 @JsonbProperty("student_name") String studentName,
                                 @JsonbProperty("student_code") String studentCode,
                                 @JsonbProperty("course_id") long courseId,
                                 @JsonbProperty("course_name") String courseName,
                                 @JsonbProperty("balance") BigDecimal balance,
                                 @JsonbProperty("enrolled_at") Instant enrolledAt) {
    }

    @Schema(name = "OwnBalance", description = "The student's balance in one course where they are approved.")
    public record OwnBalance(@JsonbProperty("course_id") long courseId,
                             @JsonbProperty("course_name") String courseName,
                             @JsonbProperty("balance") BigDecimal balance) {
    }

    @Schema(name = "BalanceTransaction", description = "One ledger row: amount is signed (credits positive, debits negative).",
            example = "{\"id\": 512, \"type\": \"purchase\", \"amount\": \"-100.00\", \"balance_after\": \"50.00\", "
                    + "\"reason\": \"Purchase of lecture: Quadratic equations\", \"actor\": 19, \"actor_name\": \"Mona Adel\", \"student_id\": 7, "
                    + "\"student_name\": \"Mona Adel\", \"student_code\": \"STU-2024-0042\", \"course_id\": 12, \"course_name\": \"Algebra 2\", "
                    + "\"created_at\": \"2025-01-06T18:00:00Z\"}")
    public record LedgerRow(@JsonbProperty("id") long id,
                            @JsonbProperty("type") @Schema(enumeration = {"deposit", "purchase", "refund", "recharge_code", "adjustment"})
                            String type,
                            @JsonbProperty("amount") @Schema(example = "-100.00") BigDecimal amount,
                            @JsonbProperty("balance_after") BigDecimal balanceAfter,
                            @JsonbNillable @JsonbProperty("reason") @Schema(nullable = true) String reason,
                            @JsonbNillable @JsonbProperty("actor") @Schema(nullable = true, description = "User id of whoever moved the money.") Long actor,
                            @JsonbNillable @JsonbProperty("actor_name") @Schema(nullable = true) String actorName,
                            @JsonbProperty("student_id") long studentId,
                            @JsonbProperty("student_name") String studentName,
                            @JsonbProperty("student_code") String studentCode,
                            @JsonbProperty("course_id") long courseId,
                            @JsonbProperty("course_name") String courseName,
                            @JsonbProperty("created_at") Instant createdAt) {

        static LedgerRow of(BalanceTransaction t) {
            var b = t.getBalance();
            var s = b.getStudent();
            var actor = t.getActor();
            return new LedgerRow(t.getId(), t.getType().name(), t.getAmount(), t.getBalanceAfter(), t.getReason(),
                    actor == null ? null : actor.getId(), actor == null ? null : actor.getName(),
                    s.getId(), s.getUser().getName(), s.getStudentCode(), b.getCourse().getId(), b.getCourse().getName(), t.getCreatedAt());
        }
    }

    @Schema(name = "RechargeCodeRedemption", description = "A code spent: the student's new balance in the course and its ledger row.")
    public record Redemption(@JsonbProperty("detail") @Schema(example = "Recharge code redeemed successfully.") String detail,
                             @JsonbProperty("course_id") long courseId,
                             @JsonbProperty("course_name") String courseName,
                             @JsonbProperty("amount_added") BigDecimal amountAdded,
                             @JsonbProperty("new_balance") BigDecimal newBalance,
                             @JsonbProperty("transaction_id") long transactionId) {
    }

    @Schema(name = "RechargeCode", description = "A recharge code as the site owner sees it.")
    public record CodeView(@JsonbProperty("id") long id,
                           @JsonbProperty("code") @Schema(example = "K7QX2M9PRT4WZ8HN") String code,
                           @JsonbProperty("amount") BigDecimal amount,
                           @JsonbNillable @JsonbProperty("course") @Schema(nullable = true, description = "The only course it works in; null: any.") Long course,
                           @JsonbNillable @JsonbProperty("course_name") @Schema(nullable = true) String courseName,
                           @JsonbProperty("is_used") boolean isUsed,
                           @JsonbNillable @JsonbProperty("used_by") @Schema(nullable = true, description = "Student profile id.") Long usedBy,
                           @JsonbNillable @JsonbProperty("used_by_name") @Schema(nullable = true) String usedByName,
                           @JsonbNillable @JsonbProperty("used_by_code") @Schema(nullable = true) String usedByCode,
                           @JsonbNillable @JsonbProperty("used_course") @Schema(nullable = true) Long usedCourse,
                           @JsonbNillable @JsonbProperty("used_at") @Schema(nullable = true) Instant usedAt,
                           @JsonbProperty("created_at") Instant createdAt) {

        static CodeView of(RechargeCode c) {
            var course = c.getCourse();
            var student = c.getUsedBy();
            return new CodeView(c.getId(), c.getCode(), c.getAmount(), course == null ? null : course.getId(),
                    course == null ? null : course.getName(), c.getUsedAt() != null, student == null ? null : student.getId(),
                    student == null ? null : student.getUser().getName(), student == null ? null : student.getStudentCode(),
                    c.getUsedCourse() == null ? null : c.getUsedCourse().getId(), c.getUsedAt(), c.getCreatedAt());
        }
    }
}
