package com.edutrack.content;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student's own progress on one video. */
@Schema(name = "VideoProgress", description = "How far the caller watched a video; watched_seconds never decreases, completed stays true.")
public record ProgressView(@JsonbProperty("video") @Schema(description = "Video id") long video,
                           @JsonbProperty("watched_seconds") @Schema(example = "120") int watchedSeconds,
                           @JsonbProperty("completed") boolean completed,
                           @JsonbProperty("updated_at") Instant updatedAt) {

    static ProgressView of(VideoProgress p) {
        return new ProgressView(p.getVideo().getId(), p.getWatchedSeconds(), p.isCompleted(), p.getUpdatedAt());
    }
}
