package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

/** Response shapes of seed section 12 and platform.md section 4's balance routes. */
public final class BalanceViews {
    private BalanceViews() {
    }

    public record Added(String detail, String student, String studentCode, String course, BigDecimal amountAdded, BigDecimal newBalance,
                        long transactionId) {
    }

    public record StudentBalance(long studentId, String studentName, String studentCode, long courseId, String courseName,
                                 BigDecimal balance, Instant enrolledAt) {
    }

    public record OwnBalance(long courseId, String courseName, BigDecimal balance) {
    }

    public record Transaction(long id, String type, BigDecimal amount, BigDecimal balanceAfter, String reason, Long actor, String actorName,
                              long studentId, String studentName, String studentCode, long courseId, String courseName, Instant createdAt) {

        static Transaction of(BalanceTransaction t) {
            var b = t.getBalance();
            var s = b.getStudent();
            var actor = t.getActor();
            return new Transaction(t.getId(), t.getType().name(), t.getAmount(), t.getBalanceAfter(), t.getReason(),
                    actor == null ? null : actor.getId(), actor == null ? null : actor.getName(),
                    s.getId(), s.getUser().getName(), s.getStudentCode(), b.getCourse().getId(), b.getCourse().getName(), t.getCreatedAt());
        }
    }

    public record Redeemed(String detail, long courseId, String courseName, BigDecimal amountAdded, BigDecimal newBalance, long transactionId) {
    }
}
