package com.edutrack.platform.security;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One counted event (a failed login, a wrong recharge code) for the sliding-window {@link Throttle}. */
@Entity
@Table(name = "throttle_events")
public class ThrottleEvent {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false, length = 200)
    private String bucket;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected ThrottleEvent() {
    }

    ThrottleEvent(String bucket, Instant createdAt) {
        this.bucket = bucket;
        this.createdAt = createdAt;
    }
}
