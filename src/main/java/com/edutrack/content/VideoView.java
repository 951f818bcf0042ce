package com.edutrack.content;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A video; {@code video_url} is withheld (null) from a student without an unexpired purchase of the lecture. */
@Schema(name = "Video", description = "A video of a lecture on one of the supported platforms.")
public record VideoView(@JsonbProperty("id") @Schema(example = "88") long id,
                        @JsonbProperty("lecture") @Schema(description = "Lecture id") long lecture,
                        @JsonbProperty("name") @Schema(example = "Part 1") String name,
                        @JsonbProperty("platform") @Schema(enumeration = {"youtube", "bunnystream", "vdocipher"}) String platform,
                        @JsonbProperty("platform_display") @Schema(enumeration = {"YouTube", "Bunny Stream", "VDO Cipher"})
                        String platformDisplay,
                        @JsonbNillable @JsonbProperty("video_url") @Schema(nullable = true, example = "https://www.youtube.com/watch?v=abc",
                                description = "null for a student without an unexpired purchase of the lecture") String videoUrl,
                        @JsonbProperty("order") int order,
                        @JsonbNillable @JsonbProperty("duration_minutes") @Schema(nullable = true) Integer durationMinutes,
                        @JsonbNillable @JsonbProperty("duration_display") @Schema(nullable = true, example = "1h 05m")
                        String durationDisplay,
                        @JsonbProperty("is_active") boolean isActive,
                        @JsonbProperty("created_at") Instant createdAt,
                        @JsonbProperty("updated_at") Instant updatedAt) {

    static VideoView of(Video v, boolean showUrl) {
        VideoPlatform p = v.getPlatform();
        return new VideoView(v.getId(), v.getLecture().getId(), v.getName(), p.code(), p.display(), showUrl ? v.getVideoUrl() : null,
                v.getSortOrder(), v.getDurationMinutes(), v.getDurationDisplay(), v.isActive(), v.getCreatedAt(), v.getUpdatedAt());
    }
}
