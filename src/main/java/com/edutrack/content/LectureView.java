package com.edutrack.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The full lecture: detail, list, the answer to its writes and a topic detail's nested lectures. */
@Schema(name = "Lecture", description = "A sellable lecture with its videos. For a student video_url is null and is_purchased false "
        + "without an unexpired purchase.")
public record LectureView(@JsonbProperty("id") @Schema(example = "31") long id,
                          @JsonbProperty("topic") @Schema(description = "Topic id") long topic,
                          @JsonbProperty("topic_name") String topicName,
                          @JsonbProperty("course_name") String courseName,
                          @JsonbProperty("teacher_name") String teacherName,
                          @JsonbProperty("name") @Schema(example = "Newton's laws") String name,
                          @JsonbNillable @JsonbProperty("description") @Schema(nullable = true) String description,
                          @JsonbProperty("price") BigDecimal price,
                          @JsonbProperty("discount") @Schema(description = "An amount off the price") BigDecimal discount,
                          @JsonbProperty("final_price") @Schema(description = "price - discount") BigDecimal finalPrice,
                          @JsonbProperty("formatted_price") @Schema(example = "150.00 EGP") String formattedPrice,
                          @JsonbProperty("available_days") @Schema(description = "Days of access after a purchase") int availableDays,
                          @JsonbProperty("is_visible") boolean isVisible,
                          @JsonbNillable @JsonbProperty("picture") @Schema(nullable = true, format = "uri") String picture,
                          @JsonbProperty("order") int order,
                          @JsonbProperty("videos") List<VideoView> videos,
                          @JsonbProperty("video_count") @Schema(description = "For students the active videos only") long videoCount,
                          @JsonbProperty("is_purchased") @Schema(description = "The caller is a student holding an unexpired purchase")
                          boolean isPurchased,
                          @JsonbProperty("created_at") Instant createdAt,
                          @JsonbProperty("updated_at") Instant updatedAt) {

    static LectureView of(Lecture l, List<VideoView> videos, boolean student, boolean purchased, Function<String, String> mediaUrl) {
        Topic t = l.getTopic();
        return new LectureView(l.getId(), t.getId(), t.getName(), t.getCourse().getName(), t.getCourse().getTeacher().getUser().getName(),
                l.getName(), l.getDescription(), l.getPrice(), l.getDiscount(), l.getFinalPrice(), Lecture.formatted(l.getFinalPrice()),
                l.getAvailableDays(), l.isVisible(), mediaUrl.apply(l.getPicture()), l.getSortOrder(), videos,
                student ? l.getActiveVideoCount() : l.getVideoCount(), purchased, l.getCreatedAt(), l.getUpdatedAt());
    }
}
