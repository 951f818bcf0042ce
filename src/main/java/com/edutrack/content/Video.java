package com.edutrack.content;

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

/** A video of a lecture, hosted on one of the supported platforms. */
@Entity
@Table(name = "videos")
public class Video {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id")
    private Lecture lecture;
    @Column(nullable = false, length = 200)
    private String name;
    @Column(nullable = false, length = 20)
    private String platform;
    @Column(name = "video_url", nullable = false, length = 500)
    private String videoUrl;
    @Column(name = "duration_minutes")
    private Integer durationMinutes;
    @Column(name = "is_active", nullable = false)
    private boolean active = true;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Video() {
    }

    public Video(Lecture lecture, String name, VideoPlatform platform, String videoUrl) {
        this.lecture = lecture;
        this.name = name;
        setSource(platform, videoUrl);
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

    /** Platform and URL change together: the URL is only meaningful for its platform. */
    public void setSource(VideoPlatform platform, String videoUrl) {
        if (platform.urlProblem(videoUrl) != null) {
            throw new IllegalArgumentException(platform.urlProblem(videoUrl));
        }
        this.platform = platform.code();
        this.videoUrl = videoUrl;
    }

    public boolean isOpenToStudents() {
        return active && lecture.isOpenToStudents();
    }

    public Long getId() { return id; }
    public Lecture getLecture() { return lecture; }
    public void setLecture(Lecture lecture) { this.lecture = lecture; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VideoPlatform getPlatform() { return VideoPlatform.fromCode(platform); }
    public String getVideoUrl() { return videoUrl; }
    public Integer getDurationMinutes() { return durationMinutes; }
    public void setDurationMinutes(Integer durationMinutes) { this.durationMinutes = durationMinutes; }
    public boolean isActive() { return active; }
    public void setActive(boolean active) { this.active = active; }
    public int getSortOrder() { return sortOrder; }
    public void setSortOrder(int sortOrder) { this.sortOrder = sortOrder; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }

    /** "1h 05m" or "45m"; null when the duration is unknown. */
    public String getDurationDisplay() {
        if (durationMinutes == null) {
            return null;
        }
        int hours = durationMinutes / 60;
        int minutes = durationMinutes % 60;
        return hours > 0 ? String.format("%dh %02dm", hours, minutes) : minutes + "m";
    }
}
