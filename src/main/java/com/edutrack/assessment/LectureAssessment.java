package com.edutrack.assessment;

import java.time.Instant;

import com.edutrack.content.Lecture;
import jakarta.persistence.Column;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;

/**
 * What a homework and a quiz share: they belong to a lecture, are published and opened to its
 * buyers, and tell the buyers once when first published.
 */
@MappedSuperclass
public abstract class LectureAssessment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id")
    private Lecture lecture;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 5000)
    private String description;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    @Column(name = "is_published", nullable = false)
    private boolean published;
    @Column(name = "open_date")
    private Instant openDate;
    @Column(name = "close_date")
    private Instant closeDate;
    @Column(name = "published_notified_at")
    private Instant publishedNotifiedAt;
    @Column(name = "created_by", nullable = false, updatable = false)
    private long createdBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LectureAssessment() {
    }

    protected LectureAssessment(Lecture lecture, long createdBy) {
        this.lecture = lecture;
        this.createdBy = createdBy;
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

    /** Published for the first time: returns true once, so the buyers are told once. */
    public boolean claimPublishNotice(Instant now) {
        if (published && publishedNotifiedAt == null) {
            publishedNotifiedAt = now;
            return true;
        }
        return false;
    }

    /** Whether a student (with a purchase) may see it: published, active, lecture open to students. */
    public boolean isOpenToStudents() {
        return published && active && lecture.isOpenToStudents();
    }

    public Long getId() { return id; }
    public Lecture getLecture() { return lecture; }
    public void setLecture(Lecture lecture) { this.lecture = lecture; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public boolean isPublished() { return published; }
    public void setPublished(boolean published) { this.published = published; }
    public Instant getOpenDate() { return openDate; }
    public void setOpenDate(Instant openDate) { this.openDate = openDate; }
    public Instant getCloseDate() { return closeDate; }
    public void setCloseDate(Instant closeDate) { this.closeDate = closeDate; }
    public long getCreatedBy() { return createdBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
