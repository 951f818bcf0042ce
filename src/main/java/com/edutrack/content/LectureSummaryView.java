package com.edutrack.content;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Function;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shorter lecture of {@code /topics/{id}/lectures/}: no videos, course or teacher. */
@Schema(name = "LectureSummary", description = "A lecture without its videos.")
public record LectureSummaryView(@JsonbProperty("id") long id,
                                 @JsonbProperty("topic") long topic,
                                 @JsonbProperty("topic_name") String topicName,
                                 @JsonbProperty("name") String name,
                                 @JsonbNillable @JsonbProperty("description") @Schema(nullable = true) String description,
                                 @JsonbProperty("price") BigDecimal price,
                                 @JsonbProperty("discount") BigDecimal discount,
                                 @JsonbProperty("final_price") BigDecimal finalPrice,
                                 @JsonbProperty("formatted_price") @Schema(example = "150.00 EGP") String formattedPrice,
                                 @JsonbProperty("available_days") int availableDays,
                                 @JsonbProperty("is_visible") boolean isVisible,
                                 @JsonbNillable @JsonbProperty("picture") @Schema(nullable = true, format = "uri") String picture,
                                 @JsonbProperty("order") int order,
                                 @JsonbProperty("video_count") @Schema(description = "For students the active videos only") long videoCount,
                                 @JsonbProperty("is_purchased") boolean isPurchased,
                                 @JsonbProperty("created_at") Instant createdAt,
                                 @JsonbProperty("updated_at") Instant updatedAt) {

    static LectureSummaryView of(Lecture l, boolean student, boolean purchased, Function<String, String> mediaUrl) {
        return new LectureSummaryView(l.getId(), l.getTopic().getId(), l.getTopic().getName(), l.getName(), l.getDescription(),
                l.getPrice(), l.getDiscount(), l.getFinalPrice(), Lecture.formatted(l.getFinalPrice()), l.getAvailableDays(), l.isVisible(),
                mediaUrl.apply(l.getPicture()), l.getSortOrder(), student ? l.getActiveVideoCount() : l.getVideoCount(),
                purchased, l.getCreatedAt(), l.getUpdatedAt());
    }
}
