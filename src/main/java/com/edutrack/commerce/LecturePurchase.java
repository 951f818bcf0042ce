package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.content.Lecture;
import com.edutrack.enrollment.StudentOwned;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A student's paid access to a lecture until {@code effectiveExpiry}: {@code expiresAt} (purchase
 * time + the lecture's available days) plus every reopen's extra days.
 */
@Entity
@Table(name = "lecture_purchases")
public class LecturePurchase extends StudentOwned {
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id", updatable = false)
    private Lecture lecture;
    @Column(name = "amount_paid", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amountPaid;
    @Column(name = "purchased_at", nullable = false, updatable = false)
    private Instant purchasedAt;
    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;
    @Column(name = "effective_expiry", nullable = false)
    private Instant effectiveExpiry;
    @Column(name = "extra_days", nullable = false)
    private int extraDays;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reopened_by")
    private User reopenedBy;
    @Column(name = "reopened_at")
    private Instant reopenedAt;
    @OneToMany(mappedBy = "purchase", cascade = CascadeType.PERSIST)
    @OrderBy("reopenedAt, id")
    private List<ReopenLog> reopenLogs = new ArrayList<>();

    protected LecturePurchase() {
    }

    LecturePurchase(Student student, Lecture lecture, BigDecimal amountPaid, Instant now) {
        super(student);
        this.lecture = lecture;
        this.amountPaid = amountPaid;
        this.purchasedAt = now;
        this.expiresAt = now.plus(Duration.ofDays(lecture.getAvailableDays()));
        this.effectiveExpiry = expiresAt;
    }

    /** Extends access by {@code days} more days on top of the original expiry and earlier reopens. */
    ReopenLog reopen(int days, User by, String note, Instant now) {
        extraDays += days;
        effectiveExpiry = expiresAt.plus(Duration.ofDays(extraDays));
        reopenedBy = by;
        reopenedAt = now;
        ReopenLog log = new ReopenLog(this, days, by, note, now);
        reopenLogs.add(log);
        return log;
    }

    public boolean isExpired(Instant now) {
        return !effectiveExpiry.isAfter(now);
    }

    public Lecture getLecture() { return lecture; }
    public BigDecimal getAmountPaid() { return amountPaid; }
    public Instant getPurchasedAt() { return purchasedAt; }
    public Instant getExpiresAt() { return expiresAt; }
    public Instant getEffectiveExpiry() { return effectiveExpiry; }
    public int getExtraDays() { return extraDays; }
    public User getReopenedBy() { return reopenedBy; }
    public Instant getReopenedAt() { return reopenedAt; }
    public List<ReopenLog> getReopenLogs() { return reopenLogs; }
}
