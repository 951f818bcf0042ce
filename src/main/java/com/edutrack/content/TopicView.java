package com.edutrack.content;

import java.time.Instant;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic in lists and as the answer to its writes. */
@Schema(name = "Topic", description = "A chapter of a course, grouping lectures.")
public record TopicView(@JsonbProperty("id") @Schema(example = "7") long id,
                        @JsonbProperty("course") @Schema(description = "Course id") long course,
                        @JsonbProperty("course_name") String courseName,
                        @JsonbProperty("name") @Schema(example = "Mechanics") String name,
                        @JsonbNillable @JsonbProperty("description") @Schema(nullable = true) String description,
                        @JsonbProperty("order") int order,
                        @JsonbProperty("is_active") boolean isActive,
                        @JsonbProperty("lecture_count") @Schema(description = "For students the visible lectures only") long lectureCount,
                        @JsonbProperty("created_at") Instant createdAt,
                        @JsonbProperty("updated_at") Instant updatedAt) {

    /** Students count only the lectures they can see. */
    static TopicView of(Topic t, boolean student) {
        return new TopicView(t.getId(), t.getCourse().getId(), t.getCourse().getName(), t.getName(), t.getDescription(),
                t.getSortOrder(), t.isActive(), student ? t.getVisibleLectureCount() : t.getLectureCount(),
                t.getCreatedAt(), t.getUpdatedAt());
    }
}
