package com.edutrack.content;

import java.math.BigDecimal;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.storage.ImageStore;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A lecture as its teacher writes it (POST, PUT, PATCH). */
@Schema(name = "LectureForm", description = "A lecture of a topic. topic, name, price and available_days are required on POST and PUT; "
        + "PATCH changes what is sent. discount is an amount, 0 <= discount <= price (checked with the stored value of the other). "
        + "is_visible defaults to true. Send multipart/form-data to upload picture.")
public record LectureForm(@JsonbProperty("topic") @Schema(description = "Topic id: a topic of one of the caller's courses")
                          Field<Long> topic,
                          @JsonbProperty("name") @Schema(maxLength = 200, example = "Newton's laws") Field<String> name,
                          @JsonbProperty("description") @Schema(nullable = true, maxLength = 5000) Field<String> description,
                          @JsonbProperty("price") @Schema(description = "At least 0", example = "200.00") Field<BigDecimal> price,
                          @JsonbProperty("discount") @Schema(nullable = true,
                                  description = "At least 0, at most the price; default (and null) 0.00") Field<BigDecimal> discount,
                          @JsonbProperty("available_days") @Schema(minimum = "1", maximum = "365",
                                  description = "Days of access after a purchase") Field<Integer> availableDays,
                          @JsonbProperty("is_visible") Field<Boolean> isVisible,
                          @JsonbProperty("picture") @Schema(nullable = true, description = "JPEG, PNG or WebP (checked by content), "
                                  + "at most 5 MB; an empty value removes the picture") Field<UploadedFile> picture,
                          @JsonbProperty("order") @Schema(minimum = "0", description = "Default 0") Field<Integer> order,
                          @Schema(hidden = true) FieldErrors errors) implements ContentForm {
    public static LectureForm read(FormInput in) {
        return new LectureForm(in.integer("topic").required().field(), ContentForm.name(in), ContentForm.description(in),
                in.money("price").required().field(), in.money("discount").field(),
                in.integer("available_days", Lecture.MIN_DAYS, Lecture.MAX_DAYS).required().field(), in.bool("is_visible").field(),
                ImageStore.field(in, "picture"), ContentForm.order(in), in.errors());
    }

    @Override
    public Field<Long> parent() {
        return topic;
    }
}
