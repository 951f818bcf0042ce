package com.edutrack.accounts;

import java.util.List;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import com.edutrack.platform.input.UploadedFile;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of staff accounts: teachers (by the site owner) and assistants (by their teacher). */
public final class StaffForms {
    private StaffForms() {
    }

    /** A staff form: the login fields every staff account has, and a profile part of its own. */
    public interface StaffForm extends Form {
        LoginFields login();
    }

    /**
     * The login half of every staff form, written flat beside the profile fields. username, name and
     * gmail are required on POST and PUT; password on POST only (a stored hash cannot be sent back).
     */
    public record LoginFields(@JsonbProperty("username") @Schema(maxLength = 150, description = "Letters, digits and @/./+/-/_; "
                                      + "unique across all accounts.") Field<String> username,
                              @JsonbProperty("password") @Schema(format = "password", description = "Required on create. At least 8 "
                                      + "characters, not all digits, not the username; a new one ends the account's refresh sessions.")
                              Field<String> password,
                              @JsonbProperty("name") @Schema(maxLength = 200) Field<String> name,
                              @JsonbProperty("gmail") @Schema(format = "email", maxLength = 254, description = "Unique across all "
                                      + "accounts (letter case ignored).") Field<String> gmail,
                              @JsonbProperty("is_active") @Schema(description = "Edits only: false blocks the login and its existing "
                                      + "tokens at once.") Field<Boolean> isActive) {
        static LoginFields read(FormInput in) {
            return new LoginFields(AccountFields.username(in), AccountFields.secret(in, "password"), AccountFields.text(in, "name", 200),
                    AccountFields.gmail(in), in.bool("is_active").field());
        }
    }

    @Schema(name = "TeacherForm", description = "A teacher account. The other profile fields are optional; phone numbers are 11-digit "
            + "Egyptian mobiles.")
    public record TeacherForm(@Schema(hidden = true) LoginFields login,
                              @JsonbProperty("phone") @Schema(nullable = true, example = "01234567890") Field<String> phone,
                              @JsonbProperty("secondary_phone") @Schema(nullable = true) Field<String> secondaryPhone,
                              @JsonbProperty("gender") @Schema(nullable = true, enumeration = {"male", "female"}) Field<String> gender,
                              @JsonbProperty("biography") @Schema(nullable = true, maxLength = 5000) Field<String> biography,
                              @JsonbProperty("facebook") @Schema(nullable = true, maxLength = 300) Field<String> facebook,
                              @JsonbProperty("subject_id") @Schema(nullable = true, description = "A subject id") Field<Long> subjectId,
                              @JsonbProperty("grade_ids") @Schema(description = "Grade ids; replaces the teacher's grades") Field<List<Long>> gradeIds,
                              @Schema(hidden = true) FieldErrors errors) implements StaffForm {
        public static TeacherForm read(FormInput in) {
            return new TeacherForm(LoginFields.read(in), AccountFields.optionalMobile(in, "phone"),
                    AccountFields.optionalMobile(in, "secondary_phone"), AccountFields.gender(in, false),
                    in.text("biography").maxLength(5000).field(), in.text("facebook").maxLength(300).field(),
                    in.integer("subject_id").field(), in.integers("grade_ids").field(), in.errors());
        }
    }

    @Schema(name = "AssistantForm", description = "An assistant of the calling teacher (JSON or multipart).")
    public record AssistantForm(@Schema(hidden = true) LoginFields login,
                                @JsonbProperty("phone") @Schema(description = "Required on POST and PUT: an 11-digit Egyptian mobile.",
                                        example = "01112345678") Field<String> phone,
                                @JsonbProperty("gender") @Schema(nullable = true, enumeration = {"male", "female", ""},
                                        description = "Blank means none.") Field<String> gender,
                                @JsonbProperty("profile_picture") @Schema(nullable = true, description = "JPEG, PNG or WebP (by content), "
                                        + "at most 5 MB; an empty value clears the picture.") Field<UploadedFile> profilePicture,
                                @Schema(hidden = true) FieldErrors errors) implements StaffForm {
        public static AssistantForm read(FormInput in) {
            return new AssistantForm(LoginFields.read(in), AccountFields.mobile(in, "phone"), AccountFields.genderOrBlank(in),
                    in.file("profile_picture").field(), in.errors());
        }
    }
}
