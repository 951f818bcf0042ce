package com.edutrack.materials;

import java.time.Instant;

import com.edutrack.accounts.User;
import com.edutrack.content.Lecture;
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

/**
 * A PDF attached to a lecture. {@code fileKey} names the stored file inside the private material
 * folder (see {@link MaterialFiles}); {@code fileName} is only what the uploader called it and is
 * never used as a path.
 */
@Entity
@Table(name = "study_materials")
public class StudyMaterial {
    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 5000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lecture_id")
    private Lecture lecture;
    @Column(nullable = false, length = TITLE_MAX)
    private String title;
    @Column(length = DESCRIPTION_MAX)
    private String description;
    @Column(name = "file_key", nullable = false, length = 100, unique = true)
    private String fileKey;
    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;
    @Column(name = "file_size", nullable = false)
    private long fileSize;
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "uploaded_by")
    private User uploadedBy;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StudyMaterial() {
    }

    public StudyMaterial(Lecture lecture, String title, User uploadedBy) {
        this.lecture = lecture;
        this.title = title;
        this.uploadedBy = uploadedBy;
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

    /** Points the material at a newly stored file. */
    void attach(MaterialFiles.Stored file) {
        this.fileKey = file.key();
        this.fileName = file.originalName();
        this.fileSize = file.size();
    }

    public Long getId() { return id; }
    public Lecture getLecture() { return lecture; }
    void setLecture(Lecture lecture) { this.lecture = lecture; }
    public String getTitle() { return title; }
    void setTitle(String title) { this.title = title; }
    public String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    public String getFileKey() { return fileKey; }
    public String getFileName() { return fileName; }
    public long getFileSize() { return fileSize; }
    public User getUploadedBy() { return uploadedBy; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
}
