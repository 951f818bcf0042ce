package com.edutrack.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * {@link Timestamped} plus the optimistic-lock counter {@code record_version}: an update based on
 * a stale read fails (409) instead of silently overwriting a concurrent one.
 */
@MappedSuperclass
public abstract class Versioned extends Timestamped {
    @Version
    @Column(name = "record_version", nullable = false)
    private int recordVersion;

    public int getRecordVersion() {
        return recordVersion;
    }
}
