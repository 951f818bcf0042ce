package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import com.edutrack.enrollment.StudentInCourse;
import com.edutrack.platform.errors.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A student's money in one course. Changed only through {@link #post}, which also yields the
 * ledger row, so the ledger always sums to the balance; callers hold this row's lock.
 */
@Entity
@Table(name = "course_balances")
public class CourseBalance extends StudentInCourse {
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal balance = BigDecimal.ZERO.setScale(2);
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected CourseBalance() {
    }

    CourseBalance(Student student, Course course) {
        super(student, course);
        this.updatedAt = Instant.now();
    }

    /** Applies a signed amount and returns its ledger row; never lets the balance go below zero. */
    BalanceTransaction post(TransactionType type, BigDecimal signedAmount, User actor, String reason) {
        BigDecimal after = balance.add(signedAmount);
        if (after.signum() < 0) {
            throw ApiException.error(400, "Insufficient balance");
        }
        balance = after;
        updatedAt = Instant.now();
        return new BalanceTransaction(this, type, signedAmount, after, actor, reason);
    }

    public BigDecimal getBalance() { return balance; }
    public Instant getUpdatedAt() { return updatedAt; }
}
