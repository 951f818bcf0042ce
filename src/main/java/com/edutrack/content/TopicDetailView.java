package com.edutrack.content;

import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One topic with its lectures (and their videos), as the caller may see them. */
@Schema(name = "TopicDetail", description = "A topic with its lectures and their videos; students see visible lectures and active videos.")
public record TopicDetailView(@JsonbProperty("id") long id,
                              @JsonbProperty("course") long course,
                              @JsonbProperty("course_name") String courseName,
                              @JsonbProperty("name") String name,
                              @JsonbNillable @JsonbProperty("description") @Schema(nullable = true) String description,
                              @JsonbProperty("order") int order,
                              @JsonbProperty("is_active") boolean isActive,
                              @JsonbProperty("lectures") List<LectureView> lectures,
                              @JsonbProperty("created_at") Instant createdAt,
                              @JsonbProperty("updated_at") Instant updatedAt) {

    static TopicDetailView of(Topic t, List<LectureView> lectures) {
        return new TopicDetailView(t.getId(), t.getCourse().getId(), t.getCourse().getName(), t.getName(), t.getDescription(),
                t.getSortOrder(), t.isActive(), lectures, t.getCreatedAt(), t.getUpdatedAt());
    }
}
