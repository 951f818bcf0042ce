package com.edutrack.accounts;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.Field;
import com.edutrack.platform.input.Form;
import com.edutrack.platform.input.FormInput;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The request forms of signing in and of the caller's own password. */
public final class AuthForms {
    private AuthForms() {
    }

    /**
     * Missing credentials answer the contract's single {@code {"error": ...}} (not field errors), so
     * the session service checks them; the form only reads them.
     */
    @Schema(name = "LoginForm", description = "Credentials. Both are needed; a wrong pair, an inactive account or a locked "
            + "username answers without saying which.")
    public record LoginForm(@JsonbProperty("username") @Schema(example = "demo-teacher") Field<String> username,
                            @JsonbProperty("password") @Schema(format = "password", example = "teacher-pass-123") Field<String> password,
                            @Schema(hidden = true) FieldErrors errors) implements Form {
        public static LoginForm read(FormInput in) {
            return new LoginForm(in.text("username").field(), AccountFields.secret(in, "password"), in.errors());
        }
    }

    @Schema(name = "ChangePasswordForm", description = "Both required. new_password: at least 8 characters, not all digits, not the "
            + "username. Success ends every refresh session of the account.")
    public record ChangePasswordForm(@JsonbProperty("old_password") @Schema(format = "password") Field<String> oldPassword,
                                     @JsonbProperty("new_password") @Schema(format = "password") Field<String> newPassword,
                                     @Schema(hidden = true) FieldErrors errors) implements Form {
        public static ChangePasswordForm read(FormInput in) {
            Field<String> old = AccountFields.secret(in, "old_password");
            if (!in.errors().has("old_password")) {
                in.errors().requireText("old_password", old.value());
            }
            return new ChangePasswordForm(old, AccountFields.secret(in, "new_password"), in.errors());
        }
    }
}
