package com.edutrack.accounts;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.edutrack.structure.Grade;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A teacher as the site owner's administration shows it (platform.md section 2). */
@Schema(name = "Teacher", description = "A teacher account with its profile.", example = "{\"id\": 1, \"user_id\": 2, "
        + "\"username\": \"demo-teacher\", \"name\": \"Demo Teacher\", \"phone\": \"01000000001\", \"secondary_phone\": null, "
        + "\"gmail\": \"demo.teacher@gmail.com\", \"gender\": null, \"profile_picture\": null, \"biography\": null, \"facebook\": null, "
        + "\"subject_id\": 1, \"grade_ids\": [1], \"is_active\": true, \"created_at\": \"2026-09-01T08:00:00Z\"}")
public record TeacherView(@JsonbProperty("id") long id,
                          @JsonbProperty("user_id") long userId,
                          @JsonbProperty("username") String username,
                          @JsonbProperty("name") String name,
                          @JsonbProperty("phone") @JsonbNillable @Schema(nullable = true) String phone,
                          @JsonbProperty("secondary_phone") @JsonbNillable @Schema(nullable = true) String secondaryPhone,
                          @JsonbProperty("gmail") @JsonbNillable @Schema(nullable = true) String gmail,
                          @JsonbProperty("gender") @JsonbNillable @Schema(nullable = true, enumeration = {"male", "female"}) String gender,
                          @JsonbProperty("profile_picture") @JsonbNillable @Schema(nullable = true) String profilePicture,
                          @JsonbProperty("biography") @JsonbNillable @Schema(nullable = true) String biography,
                          @JsonbProperty("facebook") @JsonbNillable @Schema(nullable = true) String facebook,
                          @JsonbProperty("subject_id") @JsonbNillable @Schema(nullable = true) Long subjectId,
                          @JsonbProperty("grade_ids") @Schema(description = "In ascending order") List<Long> gradeIds,
                          @JsonbProperty("is_active") boolean isActive,
                          @JsonbProperty("created_at") Instant createdAt) {

    static TeacherView of(Teacher t) {
        User u = t.getUser();
        return new TeacherView(t.getId(), u.getId(), u.getUsername(), u.getName(), t.getPhone(), t.getSecondaryPhone(), u.getGmail(),
                t.getGender(), t.getProfilePicture(), t.getBiography(), t.getFacebook(),
                t.getSubject() == null ? null : t.getSubject().getId(),
                t.getGrades().stream().map(Grade::getId).sorted(Comparator.naturalOrder()).toList(), u.isActive(), t.getCreatedAt());
    }
}
