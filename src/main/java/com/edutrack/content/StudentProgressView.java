package com.edutrack.content;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One student's progress on a video, as the course's staff see it. */
@Schema(name = "StudentVideoProgress", description = "A student's progress on a video.")
public record StudentProgressView(@JsonbProperty("student") @Schema(description = "Student profile id") long student,
                                  @JsonbProperty("student_name") String studentName,
                                  @JsonbProperty("student_code") String studentCode,
                                  @JsonbProperty("video") long video,
                                  @JsonbProperty("watched_seconds") int watchedSeconds,
                                  @JsonbProperty("completed") boolean completed,
                                  @JsonbProperty("updated_at") Instant updatedAt) {

    static StudentProgressView of(VideoProgress p) {
        return new StudentProgressView(p.getStudent().getId(), p.getStudent().getNameEn(), p.getStudent().getStudentCode(),
                p.getVideo().getId(), p.getWatchedSeconds(), p.isCompleted(), p.getUpdatedAt());
    }
}
