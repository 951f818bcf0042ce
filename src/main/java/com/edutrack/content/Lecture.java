package com.edutrack.content;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * A sellable unit of a topic. {@code discount} is an amount off the price, never more than the
 * price (also a database check), so {@code finalPrice} is never negative.
 */
@Entity
@Table(name = "lectures")
public class Lecture {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(length = 5000)
    private String description;
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal price;
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal discount = BigDecimal.ZERO;
    @Column(name = "available_days", nullable = false)
    private int availableDays;
    @Column(name = "is_visible", nullable = false)
    private boolean visible = true;
    @Column(length = 300)
    private String picture;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Formula("(select count(*) from videos v where v.lecture_id = id)")
    private long videoCount;
    @Formula("(select count(*) from videos v where v.lecture_id = id and v.is_active = true)")
    private long activeVideoCount;

    protected Lecture() {
    }

    public Lecture(Topic topic, String name, BigDecimal price, BigDecimal discount, int availableDays) {
        this.topic = topic;
        this.name = name;
        reprice(price, discount);
        setAvailableDays(availableDays);
    }

    @PrePersist
    void onCreate() {
        createdAt = Instant.now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void onUpdate() {
        updatedAt = Instant.now();
    }

    /** Sets price and discount together so the pair is checked as one. */
    public void reprice(BigDecimal price, BigDecimal discount) {
        if (price == null || price.signum() < 0 || discount == null || discount.signum() < 0 || discount.compareTo(price) > 0) {
            throw new IllegalArgumentException("0 <= discount <= price");
        }
        this.price = price;
        this.discount = discount;
    }

    public BigDecimal getFinalPrice() {
        return price.subtract(discount);
    }

    public boolean isOpenToStudents() {
        return visible && topic.isOpenToStudents();
    }

    public Long getId() { return id; }
    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getPrice() { return price; }
    public BigDecimal getDiscount() { return discount; }
    public int getAvailableDays() { return availableDays; }

    public void setAvailableDays(int availableDays) {
        if (availableDays < MIN_DAYS || availableDays > MAX_DAYS) {
            throw new IllegalArgumentException("available_days 1..365");
        }
        this.availableDays = availableDays;
    }

    public boolean isVisible() { return visible; }
    public void setVisible(boolean visible) { this.visible = visible; }
    public String getPicture() { return picture; }
    public void setPicture(String picture) { this.picture = picture; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public long getVideoCount() { return videoCount; }
    public long getActiveVideoCount() { return activeVideoCount; }
}
