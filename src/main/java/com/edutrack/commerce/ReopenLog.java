package com.edutrack.commerce;

import java.time.Instant;

import com.edutrack.accounts.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One "reopen" of a purchase: who added how many days, when and why. Append-only. */
@Entity
@Table(name = "purchase_reopen_logs")
public class ReopenLog {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchase_id", updatable = false)
    private LecturePurchase purchase;
    @Column(name = "extra_days", nullable = false, updatable = false)
    private int extraDays;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reopened_by", updatable = false)
    private User reopenedBy;
    @Column(name = "reopened_at", nullable = false, updatable = false)
    private Instant reopenedAt;
    @Column(nullable = false, updatable = false, length = 500)
    private String note;

    protected ReopenLog() {
    }

    ReopenLog(LecturePurchase purchase, int extraDays, User reopenedBy, String note, Instant reopenedAt) {
        this.purchase = purchase;
        this.extraDays = extraDays;
        this.reopenedBy = reopenedBy;
        this.note = note == null ? "" : note;
        this.reopenedAt = reopenedAt;
    }

    public int getExtraDays() { return extraDays; }
    public User getReopenedBy() { return reopenedBy; }
    public Instant getReopenedAt() { return reopenedAt; }
    public String getNote() { return note; }
}
