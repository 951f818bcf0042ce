package com.edutrack.accounts;

import java.util.UUID;

import com.edutrack.platform.security.Principal;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response shapes of signing in and of the caller's own account. */
public final class AuthViews {
    private AuthViews() {
    }

    @Schema(name = "Session", description = "A signed-in session; the tokens themselves travel only in the HttpOnly cookies "
            + "access_token and refresh_token.", example = "{\"role\": \"teacher\", \"name\": \"Demo Teacher\", \"is_active\": true}")
    public record SignedIn(@JsonbProperty("role") @Schema(enumeration = {"siteowner", "teacher", "assistant", "student"}) String role,
                           @JsonbProperty("name") String name,
                           @JsonbProperty("is_active") boolean isActive) {
        static SignedIn of(SessionService.Session session) {
            return new SignedIn(session.role(), session.name(), session.isActive());
        }
    }

    @Schema(name = "Account", description = "The caller's login. is_active is always true: an inactive account cannot call.",
            example = "{\"id\": 2, \"uuid\": \"8a6e0804-2bd0-4672-b79d-d97027f9071a\", \"username\": \"demo-teacher\", "
                    + "\"role\": \"teacher\", \"name\": \"Demo Teacher\", \"is_active\": true}")
    public record CurrentAccount(@JsonbProperty("id") long id,
                                 @JsonbProperty("uuid") @Schema(description = "The id the tutoring service (/v1) knows the user by")
                                 UUID uuid,
                                 @JsonbProperty("username") String username,
                                 @JsonbProperty("role") @Schema(enumeration = {"siteowner", "teacher", "assistant", "student"}) String role,
                                 @JsonbProperty("name") String name,
                                 @JsonbProperty("is_active") boolean isActive) {
        static CurrentAccount of(Principal p) {
            return new CurrentAccount(p.userId(), p.uuid(), p.username(), p.role().code(), p.name(), true);
        }
    }

    @Schema(name = "Confirmation", description = "What was done, in one sentence.")
    public record Confirmation(@JsonbProperty("message") @Schema(example = "Password changed successfully") String message) {
    }
}
