package com.edutrack.content;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.edutrack.catalog.Course;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * A sellable unit of a topic. {@code discount} is an amount off the price, never more than the
 * price (also a database check), so {@code finalPrice} is never negative.
 */
@Entity
@Table(name = "lectures")
public class Lecture extends CourseContent {
    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 365;
    public static final String DISCOUNT_OVER_PRICE = "Discount cannot be greater than the price.";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "topic_id")
    private Topic topic;
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
    @Formula("(select count(*) from videos v where v.lecture_id = id)")
    private long videoCount;
    @Formula("(select count(*) from videos v where v.lecture_id = id and v.is_active = true)")
    private long activeVideoCount;

    protected Lecture() {
    }

    public Lecture(Topic topic, String name, BigDecimal price, BigDecimal discount, int availableDays) {
        super(name);
        this.topic = topic;
        reprice(price, discount);
        setAvailableDays(availableDays);
    }

    /** Whether a discount fits a price (both known): it may take the whole price, never more. */
    public static boolean discountFits(BigDecimal price, BigDecimal discount) {
        return discount.signum() >= 0 && discount.compareTo(price) <= 0;
    }

    /** An amount as the school shows prices: two places and the currency, "150.00 EGP". */
    public static String formatted(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString() + " EGP";
    }

    /** Sets price and discount together so the pair is checked as one. */
    public void reprice(BigDecimal price, BigDecimal discount) {
        if (price == null || price.signum() < 0 || discount == null || !discountFits(price, discount)) {
            throw new IllegalArgumentException("0 <= discount <= price");
        }
        this.price = price;
        this.discount = discount;
    }

    public BigDecimal getFinalPrice() {
        return price.subtract(discount);
    }

    @Override
    public Course course() {
        return topic.getCourse();
    }

    @Override
    public boolean isOpenToStudents() {
        return visible && topic.isOpenToStudents();
    }

    public Topic getTopic() { return topic; }
    public void setTopic(Topic topic) { this.topic = topic; }
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
    public long getVideoCount() { return videoCount; }
    public long getActiveVideoCount() { return activeVideoCount; }
}
