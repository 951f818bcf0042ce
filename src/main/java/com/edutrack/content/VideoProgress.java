package com.edutrack.content;

import java.time.Instant;

import com.edutrack.accounts.Student;
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

/** How far a student got in a video. Progress only moves forward (a re-watch does not undo it). */
@Entity
@Table(name = "video_progress")
public class VideoProgress {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "video_id")
    private Video video;
    @Column(name = "watched_seconds", nullable = false)
    private int watchedSeconds;
    @Column(nullable = false)
    private boolean completed;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VideoProgress() {
    }

    public VideoProgress(Student student, Video video) {
        this.student = student;
        this.video = video;
    }

    @PrePersist
    @PreUpdate
    void touch() {
        updatedAt = Instant.now();
    }

    /** Records a report: seconds never decrease and completion is never withdrawn. */
    public void report(Integer seconds, Boolean done) {
        if (seconds != null) {
            watchedSeconds = Math.max(watchedSeconds, seconds);
        }
        if (Boolean.TRUE.equals(done)) {
            completed = true;
        }
        updatedAt = Instant.now();
    }

    public Long getId() { return id; }
    public Student getStudent() { return student; }
    public Video getVideo() { return video; }
    public int getWatchedSeconds() { return watchedSeconds; }
    public boolean isCompleted() { return completed; }
    public Instant getUpdatedAt() { return updatedAt; }
}
