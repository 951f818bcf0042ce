package com.edutrack.content;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A student's report of how far they watched a video. */
@Schema(name = "VideoProgressForm", description = "watched_seconds is required; a smaller value than the stored one, "
        + "or completed false after true, leaves the stored value.")
public record ProgressForm(@JsonbProperty("watched_seconds") @Schema(minimum = "0", example = "120")
                           Field<Integer> watchedSeconds,
                           @JsonbProperty("completed") Field<Boolean> completed,
                           @Schema(hidden = true) FieldErrors errors) implements Form {
    public static ProgressForm read(FormInput in) {
        return new ProgressForm(in.integer("watched_seconds", 0, Integer.MAX_VALUE).required().field(), in.bool("completed").field(),
                in.errors());
    }
}
