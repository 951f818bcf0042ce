package com.edutrack.commerce;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.accounts.Student;
import com.edutrack.accounts.User;
import com.edutrack.catalog.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A prepaid code worth {@code amount}, for any course or only {@code course}. It is spent by one
 * conditional UPDATE (see {@link RechargeCodeService#redeem}), never through this entity.
 */
@Entity
@Table(name = "recharge_codes")
public class RechargeCode {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, unique = true, updatable = false, length = 40)
    private String code;
    @Column(nullable = false, updatable = false, precision = 12, scale = 2)
    private BigDecimal amount;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "course_id", updatable = false)
    private Course course;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "created_by", updatable = false)
    private User createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "used_by")
    private Student usedBy;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "used_course_id")
    private Course usedCourse;
    @Column(name = "used_at")
    private Instant usedAt;

    protected RechargeCode() {
    }

    RechargeCode(String code, BigDecimal amount, Course course, User createdBy) {
        this.code = code;
        this.amount = amount;
        this.course = course;
        this.createdBy = createdBy;
        this.createdAt = Instant.now();
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public BigDecimal getAmount() { return amount; }
    public Course getCourse() { return course; }
    public Instant getCreatedAt() { return createdAt; }
    public Student getUsedBy() { return usedBy; }
    public Course getUsedCourse() { return usedCourse; }
    public Instant getUsedAt() { return usedAt; }
}
