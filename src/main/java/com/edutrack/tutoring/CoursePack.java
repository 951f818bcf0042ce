package com.edutrack.tutoring;

import java.math.BigDecimal;
import java.util.UUID;

import com.edutrack.platform.persistence.Versioned;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.tutoring.TutoringEnums.SchedulingType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A bookable bundle of {@code lessonCount} lessons at one price. */
@Entity
@Table(name = "course_packs")
public class CoursePack extends Versioned {
    @Id
    private UUID id = UUID.randomUUID();
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "tutor_profile_id", nullable = false, updatable = false)
    private TutorProfile tutorProfile;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 5000)
    private String description;
    @Column(length = 100)
    private String category;
    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal price;
    @Column(nullable = false, length = 3)
    private String currency;
    @Column(name = "lesson_count", nullable = false)
    private int lessonCount;
    @Enumerated(EnumType.STRING)
    @Column(name = "scheduling_type", nullable = false, length = 20)
    private SchedulingType schedulingType;
    @Column(name = "requires_preliminary_meeting", nullable = false)
    private boolean requiresPreliminaryMeeting;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;

    protected CoursePack() {
    }

    public CoursePack(TutorProfile tutorProfile) {
        this.tutorProfile = tutorProfile;
    }

    /** Applies the given (non-null) fields, keeping the pack's invariants. */
    public void update(String title, String description, String category, BigDecimal price, String currency,
                       Integer lessonCount, SchedulingType schedulingType, Boolean requiresPreliminaryMeeting, Boolean active) {
        if (title != null) {
            if (title.isBlank()) throw ApiException.tutoring(400, "errMsg_TitleIsRequired", "title cannot be blank.");
            this.title = title.trim();
        }
        if (description != null) this.description = description;
        if (category != null) this.category = category;
        if (price != null) {
            if (price.signum() < 0 || price.stripTrailingZeros().scale() > 2) {
                throw ApiException.tutoring(400, "errMsg_PriceIsNotValid", "price must be zero or more with at most two decimals.");
            }
            this.price = price;
        }
        if (currency != null) {
            if (!currency.matches("[A-Za-z]{3}")) throw ApiException.tutoring(400, "errMsg_CurrencyIsNotValid", "currency must be a 3-letter ISO 4217 code.");
            this.currency = currency.toUpperCase(java.util.Locale.ROOT);
        }
        if (lessonCount != null) {
            if (lessonCount < 1 || lessonCount > 200) throw ApiException.tutoring(400, "errMsg_LessonCountIsNotValid", "lessonCount must be between 1 and 200.");
            this.lessonCount = lessonCount;
        }
        if (schedulingType != null) this.schedulingType = schedulingType;
        if (requiresPreliminaryMeeting != null) this.requiresPreliminaryMeeting = requiresPreliminaryMeeting;
        if (active != null) this.active = active;
        if (this.price != null && this.currency != null && this.price.stripTrailingZeros().scale() > Money.decimals(this.currency)) {
            // Stripe charges JPY and the other zero-decimal currencies in whole units only.
            throw ApiException.tutoring(400, "errMsg_PriceIsNotValid", "price in " + this.currency + " cannot have decimals.");
        }
    }

    /** A removed pack stays for the enrollments that reference it, but takes no new bookings. */
    public void deactivate() {
        this.active = false;
    }

    public boolean takesBookings() {
        return active && tutorProfile.takesBookings();
    }

    public UUID getId() { return id; }
    public TutorProfile getTutorProfile() { return tutorProfile; }
    public String getTitle() { return title; }
    public String getDescription() { return description; }
    public String getCategory() { return category; }
    public BigDecimal getPrice() { return price; }
    public String getCurrency() { return currency; }
    public int getLessonCount() { return lessonCount; }
    public SchedulingType getSchedulingType() { return schedulingType; }
    public boolean isRequiresPreliminaryMeeting() { return requiresPreliminaryMeeting; }
    public boolean isActive() { return active; }
}
