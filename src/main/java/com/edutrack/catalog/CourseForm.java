package com.edutrack.catalog;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import com.edutrack.platform.storage.ImageStore;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the site owner writes of a course (POST, PUT, PATCH). */
@Schema(name = "CourseForm", description = "A course. name, teacher, grade and subject are required on POST and PUT; "
        + "PATCH changes only what is sent. is_active defaults to true. Send multipart/form-data to upload cover_picture.")
public record CourseForm(@JsonbProperty("name") @Schema(maxLength = 200, example = "Physics 3") Field<String> name,
                         @JsonbProperty("teacher") @Schema(description = "Teacher profile id") Field<Long> teacher,
                         @JsonbProperty("grade") @Schema(description = "Grade id") Field<Long> grade,
                         @JsonbProperty("subject") @Schema(description = "Subject id") Field<Long> subject,
                         @JsonbProperty("description") @Schema(nullable = true, maxLength = 5000) Field<String> description,
                         @JsonbProperty("is_active") Field<Boolean> isActive,
                         @JsonbProperty("cover_picture") @Schema(nullable = true, description = "JPEG, PNG or WebP (checked by content), "
                                 + "at most 5 MB; an empty value removes the picture") Field<UploadedFile> coverPicture,
                         @Schema(hidden = true) FieldErrors errors) implements Form {
    public static CourseForm read(FormInput in) {
        return new CourseForm(in.text("name").required().maxLength(200).field(), in.integer("teacher").required().field(),
                in.integer("grade").required().field(), in.integer("subject").required().field(),
                in.text("description").maxLength(5000).blankToNull().field(), in.bool("is_active").field(),
                ImageStore.field(in, "cover_picture"), in.errors());
    }
}
