package com.edutrack.accounts;

import java.time.LocalDate;
import java.util.regex.Pattern;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of students: registration, the student's own profile, the site owner's switches. */
public final class StudentForms {
    private static final Pattern NATIONAL_ID = Pattern.compile("^\\d{14}$");

    private StudentForms() {
    }

    /**
     * What a student may write about themselves, at registration (where the fields without
     * "optional" are required) and later on {@code profile/me} (PATCH: what is sent). username,
     * student_code, status, is_active and can_access_course are not written here.
     */
    @Schema(name = "StudentProfileForm", description = "The student's own data; PATCH changes what is sent. Phone numbers are 11-digit "
            + "Egyptian mobiles; area must belong to governorate (one sent alone is checked against the stored other). The profile's "
            + "other keys (username, student_code, status, is_active, can_access_course, ...) are read-only here: sent, they are ignored.",
            additionalProperties = Schema.True.class)
    public record StudentProfileForm(@JsonbProperty("name_ar") @Schema(maxLength = 200, example = "أحمد علي") Field<String> nameAr,
                                     @JsonbProperty("name_en") @Schema(maxLength = 200, example = "Ahmed Ali") Field<String> nameEn,
                                     @JsonbProperty("gmail") @Schema(format = "email", maxLength = 254, description = "Unique across all "
                                             + "accounts.") Field<String> gmail,
                                     @JsonbProperty("phone_number") @Schema(example = "01012345678") Field<String> phoneNumber,
                                     @JsonbProperty("father_number") @Schema(nullable = true, description = "Optional") Field<String> fatherNumber,
                                     @JsonbProperty("mother_number") @Schema(nullable = true, description = "Optional") Field<String> motherNumber,
                                     @JsonbProperty("gender") @Schema(enumeration = {"male", "female"}) Field<String> gender,
                                     @JsonbProperty("birth_date") Field<LocalDate> birthDate,
                                     @JsonbProperty("national_id") @Schema(pattern = "^\\d{14}$", description = "14 digits") Field<String> nationalId,
                                     @JsonbProperty("grade") @Schema(description = "An active grade id") Field<Long> grade,
                                     @JsonbProperty("governorate") @Schema(description = "A governorate id") Field<Long> governorate,
                                     @JsonbProperty("area") @Schema(description = "An area id of that governorate") Field<Long> area,
                                     @JsonbProperty("father_job") @Schema(nullable = true, maxLength = 200, description = "Optional")
                                     Field<String> fatherJob,
                                     @JsonbProperty("school_name") @Schema(nullable = true, maxLength = 200, description = "Optional")
                                     Field<String> schoolName,
                                     @JsonbProperty("facebook_link") @Schema(nullable = true, maxLength = 300, description = "Optional")
                                     Field<String> facebookLink,
                                     @JsonbProperty("division") @Schema(nullable = true, maxLength = 50, description = "Optional")
                                     Field<String> division,
                                     @JsonbProperty("school_type") @Schema(nullable = true, maxLength = 50, description = "Optional")
                                     Field<String> schoolType,
                                     @Schema(hidden = true) FieldErrors errors) implements Form {
        public static StudentProfileForm read(FormInput in) {
            return new StudentProfileForm(AccountFields.text(in, "name_ar", 200), AccountFields.text(in, "name_en", 200),
                    AccountFields.gmail(in), AccountFields.mobile(in, "phone_number"), AccountFields.optionalMobile(in, "father_number"),
                    AccountFields.optionalMobile(in, "mother_number"), AccountFields.gender(in, true),
                    in.date("birth_date").required().field(),
                    in.text("national_id").required().check(id -> NATIONAL_ID.matcher(id).matches(), "National ID must be exactly 14 digits.")
                            .field(),
                    in.integer("grade").required().field(), in.integer("governorate").required().field(),
                    in.integer("area").required().field(), AccountFields.optionalText(in, "father_job", 200),
                    AccountFields.optionalText(in, "school_name", 200), AccountFields.optionalText(in, "facebook_link", 300),
                    AccountFields.optionalText(in, "division", 50), AccountFields.optionalText(in, "school_type", 50), in.errors());
        }
    }

    @Schema(name = "RegistrationForm", description = "Public student sign-up (JSON or multipart): the login fields and the profile. "
            + "Optional: father_number, mother_number, father_job, school_name, facebook_link, division, school_type; the rest is required.")
    public record RegistrationForm(@JsonbProperty("username") @Schema(maxLength = 150, description = "Letters, digits and @/./+/-/_; "
                                           + "unique across all accounts.") Field<String> username,
                                   @JsonbProperty("password") @Schema(format = "password", description = "At least 8 characters, not "
                                           + "all digits, not the username.") Field<String> password,
                                   @JsonbProperty("password_confirm") @Schema(format = "password") Field<String> passwordConfirm,
                                   @Schema(hidden = true) StudentProfileForm profile,
                                   @Schema(hidden = true) FieldErrors errors) implements Form {
        public static RegistrationForm read(FormInput in) {
            Field<String> username = AccountFields.username(in);
            Field<String> password = AccountFields.secret(in, "password");
            Field<String> confirm = AccountFields.secret(in, "password_confirm");
            AccountFields.password(in.errors(), "password", password, true, username.value());
            if (!in.errors().has("password_confirm") && in.errors().requireText("password_confirm", confirm.value())
                    && password.value() != null && !password.value().equals(confirm.value())) {
                in.errors().add("password_confirm", "Passwords do not match.");
            }
            return new RegistrationForm(username, password, confirm, StudentProfileForm.read(in), in.errors());
        }
    }

    @Schema(name = "StudentAdministrationForm", description = "The site owner's switches; what is sent changes.")
    public record StudentAdminForm(@JsonbProperty("is_active") @Schema(description = "false blocks the login and its tokens at once")
                                   Field<Boolean> isActive,
                                   @JsonbProperty("status") Field<StudentStatus> status,
                                   @JsonbProperty("can_access_course") @Schema(description = "false: may sign in, but may not buy or "
                                           + "open content or start quizzes") Field<Boolean> canAccessCourse,
                                   @Schema(hidden = true) FieldErrors errors) implements Form {
        public static StudentAdminForm read(FormInput in) {
            return new StudentAdminForm(in.bool("is_active").field(), in.choice("status", StudentStatus.names()).map(StudentStatus::valueOf).field(),
                    in.bool("can_access_course").field(), in.errors());
        }
    }
}
