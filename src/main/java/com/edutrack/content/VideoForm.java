package com.edutrack.content;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A video as its teacher writes it (POST, PUT, PATCH). */
@Schema(name = "VideoForm", description = "A video of a lecture. lecture, name, platform and video_url are required on POST and PUT; "
        + "PATCH changes what is sent; is_active defaults to true. "
        + "video_url must fit the platform (checked with the stored value of the other).")
public record VideoForm(@JsonbProperty("lecture") @Schema(description = "Lecture id: a lecture of one of the caller's courses")
                        Field<Long> lecture,
                        @JsonbProperty("name") @Schema(maxLength = 200, example = "Part 1") Field<String> name,
                        @JsonbProperty("platform") @Schema(enumeration = {"youtube", "bunnystream", "vdocipher"})
                        Field<VideoPlatform> platform,
                        @JsonbProperty("video_url") @Schema(maxLength = 500, example = "https://www.youtube.com/watch?v=abc",
                                description = "youtube: contains youtube.com or youtu.be; bunnystream: bunnycdn or b-cdn.net; "
                                        + "vdocipher: an https URL") Field<String> videoUrl,
                        @JsonbProperty("order") @Schema(minimum = "0", description = "Default 0") Field<Integer> order,
                        @JsonbProperty("duration_minutes") @Schema(nullable = true, minimum = "0") Field<Integer> durationMinutes,
                        @JsonbProperty("is_active") Field<Boolean> isActive,
                        @Schema(hidden = true) FieldErrors errors) implements ContentForm {
    public static VideoForm read(FormInput in) {
        return new VideoForm(in.integer("lecture").required().field(), ContentForm.name(in),
                in.choice("platform", VideoPlatform.codes()).required().map(VideoPlatform::fromCode).field(),
                in.text("video_url").required().maxLength(500).field(), ContentForm.order(in),
                in.integer("duration_minutes", 0, Integer.MAX_VALUE).field(), in.bool("is_active").field(), in.errors());
    }

    @Override
    public Field<Long> parent() {
        return lecture;
    }
}
