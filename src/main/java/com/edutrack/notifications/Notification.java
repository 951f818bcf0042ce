package com.edutrack.notifications;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A message to one user. Only {@code is_read} ever changes after it is written. */
@Entity
@Table(name = "notifications")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false, updatable = false)
    private long userId;
    @Column(name = "notification_type", nullable = false, updatable = false, length = 40)
    private String type;
    @Column(nullable = false, updatable = false, length = 200)
    private String title;
    @Column(nullable = false, updatable = false, length = 2000)
    private String message;
    @Column(name = "is_read", nullable = false)
    private boolean read;
    /** A JSON object as text (ids the frontend links to), or null. */
    @Column(updatable = false, length = 4000)
    private String metadata;
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected Notification() {
    }

    Notification(long userId, NotificationType type, String title, String message, String metadata) {
        this.userId = userId;
        this.type = type.value();
        this.title = truncate(title, 200);
        this.message = truncate(message, 2000);
        this.metadata = metadata;
        this.createdAt = Instant.now();
    }

    private static String truncate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    public Long getId() { return id; }
    public long getUserId() { return userId; }
    public NotificationType getType() { return NotificationType.of(type); }
    public String getTitle() { return title; }
    public String getMessage() { return message; }
    public boolean isRead() { return read; }
    public void markRead() { this.read = true; }
    public String getMetadata() { return metadata; }
    public Instant getCreatedAt() { return createdAt; }
}
