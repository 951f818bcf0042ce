package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.accounts.User;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One ledger row: a signed amount (credits positive, debits negative) and the balance after it. Never changed. */
@Entity
@Table(name = "balance_transactions")
public class BalanceTransaction {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "balance_id", updatable = false)
    private CourseBalance balance;
    @Enumerated(EnumType.STRING)
    @Column(name = "transaction_type", nullable = false, updatable = false, length = 20, columnDefinition = "varchar(20)")
    private TransactionType type;
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @Column(name = "balance_after", nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal balanceAfter;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "actor_id", updatable = false)
    private User actor;
    @Column(updatable = false, length = 500)
    private String reason;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected BalanceTransaction() {
    }

    BalanceTransaction(CourseBalance balance, TransactionType type, BigDecimal amount, BigDecimal balanceAfter, User actor, String reason) {
        this.balance = balance;
        this.type = type;
        this.amount = amount;
        this.balanceAfter = balanceAfter;
        this.actor = actor;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public CourseBalance getBalance() { return balance; }
    public TransactionType getType() { return type; }
    public BigDecimal getAmount() { return amount; }
    public BigDecimal getBalanceAfter() { return balanceAfter; }
    public User getActor() { return actor; }
    public String getReason() { return reason; }
    public Instant getCreatedAt() { return createdAt; }
}
