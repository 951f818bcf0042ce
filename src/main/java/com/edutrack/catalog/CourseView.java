package com.edutrack.catalog;

import java.time.Instant;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The course of the catalog, of {@code my_courses} and of the site owner's writes. */
@Schema(name = "Course", description = "A course a teacher gives for one grade and subject.")
public record CourseView(@JsonbProperty("id") @Schema(example = "12") long id,
                         @JsonbProperty("name") @Schema(example = "Physics 3") String name,
                         @JsonbProperty("teacher") @Schema(description = "Teacher profile id") long teacher,
                         @JsonbProperty("teacher_name") String teacherName,
                         @JsonbProperty("grade") long grade,
                         @JsonbProperty("grade_name") String gradeName,
                         @JsonbProperty("subject") long subject,
                         @JsonbProperty("subject_name") String subjectName,
                         @JsonbNillable @JsonbProperty("description") @Schema(nullable = true) String description,
                         @JsonbNillable @JsonbProperty("cover_picture") @Schema(nullable = true, format = "uri") String coverPicture,
                         @JsonbProperty("is_active") boolean isActive,
                         @JsonbProperty("topic_count") @Schema(description = "All topics for the site owner and the course's staff, "
                                 + "active topics for everyone else") long topicCount,
                         @JsonbProperty("created_at") Instant createdAt) {

    /** Outside staff and the site owner, {@code topic_count} counts only the active topics a student can open. */
    public static CourseView of(Course c, Function<String, String> mediaUrl, boolean forStudent) {
        return new CourseView(c.getId(), c.getName(), c.getTeacher().getId(), c.getTeacher().getUser().getName(),
                c.getGrade().getId(), c.getGrade().getName(), c.getSubject().getId(), c.getSubject().getName(),
                c.getDescription(), mediaUrl.apply(c.getCoverPicture()), c.isActive(),
                forStudent ? c.getActiveTopicCount() : c.getTopicCount(), c.getCreatedAt());
    }
}
