package com.edutrack.tutoring;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of tutor profiles and course packs (POST and PATCH take the same fields). */
public final class TutorCatalogForms {
    private TutorCatalogForms() {
    }

    @Schema(name = "TutorProfileForm", description = "A tutor profile's description; null or absent leaves a field as it is. status is "
            + "for admins only (a tutor sending it gets 403).",
            example = "{\"bio\": \"Maths tutor\", \"experienceYears\": 5, \"subjects\": \"maths, physics\"}")
    public record TutorProfileForm(@JsonbProperty("bio") @Schema(nullable = true, maxLength = 5000) String bio,
                                   @JsonbProperty("certifications") @Schema(nullable = true, maxLength = 2000) String certifications,
                                   @JsonbProperty("experienceYears") @Schema(nullable = true, minimum = "0") Integer experienceYears,
                                   @JsonbProperty("subjects") @Schema(nullable = true, maxLength = 1000) String subjects,
                                   @JsonbProperty("profilePhoto") @Schema(nullable = true, maxLength = 500) String profilePhoto,
                                   @JsonbProperty("status") @Schema(nullable = true, enumeration = {"active", "suspended", "banned"})
                                   String status,
                                   @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static TutorProfileForm read(FormInput in) {
            return new TutorProfileForm(in.text("bio").value(), in.text("certifications").value(),
                    TutoringForm.wholeNumber(in, "experienceYears"), in.text("subjects").value(), in.text("profilePhoto").value(),
                    in.text("status").value(), in.errors());
        }
    }

    @Schema(name = "CoursePackForm", description = "A course pack. title, price, currency, lessonCount and schedulingType are required "
            + "on POST; on PATCH null or absent leaves a field as it is. price: at most two decimals (none in zero-decimal currencies).",
            example = "{\"title\": \"Algebra basics\", \"category\": \"math\", \"price\": 120.5, \"currency\": \"USD\", \"lessonCount\": 4, "
                    + "\"schedulingType\": \"fixedSchedule\", \"requiresPreliminaryMeeting\": false}")
    public record CoursePackForm(@JsonbProperty("title") @Schema(nullable = true, maxLength = 200) String title,
                                 @JsonbProperty("description") @Schema(nullable = true, maxLength = 5000) String description,
                                 @JsonbProperty("category") @Schema(nullable = true, maxLength = 100) String category,
                                 @JsonbProperty("price") @Schema(nullable = true, minimum = "0") Double price,
                                 @JsonbProperty("currency") @Schema(nullable = true, description = "ISO 4217", pattern = "^[A-Za-z]{3}$")
                                 String currency,
                                 @JsonbProperty("lessonCount") @Schema(nullable = true, minimum = "1", maximum = "200") Integer lessonCount,
                                 @JsonbProperty("schedulingType") @Schema(nullable = true, enumeration = {"fixedSchedule", "flexible"})
                                 String schedulingType,
                                 @JsonbProperty("requiresPreliminaryMeeting") @Schema(nullable = true) Boolean requiresPreliminaryMeeting,
                                 @JsonbProperty("isActive") @Schema(nullable = true) Boolean isActive,
                                 @Schema(hidden = true) FieldErrors errors) implements TutoringForm {
        public static CoursePackForm read(FormInput in) {
            return new CoursePackForm(in.text("title").value(), in.text("description").value(), in.text("category").value(),
                    TutoringForm.number(in, "price"), in.text("currency").value(), TutoringForm.wholeNumber(in, "lessonCount"),
                    in.text("schedulingType").value(), in.bool("requiresPreliminaryMeeting").value(), in.bool("isActive").value(),
                    in.errors());
        }
    }
}
