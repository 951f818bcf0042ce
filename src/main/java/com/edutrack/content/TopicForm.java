package com.edutrack.content;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A topic as its teacher writes it (POST, PUT, PATCH). */
@Schema(name = "TopicForm", description = "A topic of a course. course and name are required on POST and PUT; "
        + "PATCH changes what is sent. is_active defaults to true.")
public record TopicForm(@JsonbProperty("course") @Schema(description = "Course id: one of the caller's courses") Field<Long> course,
                        @JsonbProperty("name") @Schema(maxLength = 200, example = "Mechanics") Field<String> name,
                        @JsonbProperty("description") @Schema(nullable = true, maxLength = 5000) Field<String> description,
                        @JsonbProperty("order") @Schema(minimum = "0", description = "Default 0") Field<Integer> order,
                        @JsonbProperty("is_active") Field<Boolean> isActive,
                        @Schema(hidden = true) FieldErrors errors) implements ContentForm {
    public static TopicForm read(FormInput in) {
        return new TopicForm(in.integer("course").required().field(), ContentForm.name(in), ContentForm.description(in),
                ContentForm.order(in), in.bool("is_active").field(), in.errors());
    }

    @Override
    public Field<Long> parent() {
        return course;
    }
}
