package com.edutrack.tutoring.identity;

import java.util.List;

import com.edutrack.platform.security.Principal;
import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response records of the session routes (no envelope: the guide shows them bare). */
public final class SessionViews {
    private SessionViews() {
    }

    @Schema(name = "TutoringSession", description = "The caller's session. roleId is the tutoring role: admin (site owner), tutor "
            + "(teacher), student, or assistant.",
            example = """
                    {"sessionId": "b7e1c0d2-3f4a-4b5c-8d6e-7f8091a2b3c4", "userId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                     "email": "student@gmail.com", "fullname": "Sara Ali", "username": "sara", "roleId": "student",
                     "accessToken": "eyJhbGciOiJSUzI1NiJ9..."}""")
    public record Session(@JsonbProperty("sessionId") @JsonbNillable @Schema(nullable = true, description = "The refresh session, null for a token "
                                  + "without one") String sessionId,
                          @JsonbProperty("userId") @Schema(format = "uuid") String userId,
                          @JsonbProperty("email") @JsonbNillable @Schema(nullable = true) String email,
                          @JsonbProperty("fullname") String fullname,
                          @JsonbProperty("username") String username,
                          @JsonbProperty("roleId") @Schema(enumeration = {"admin", "tutor", "student", "assistant"}) String roleId,
                          @JsonbProperty("accessToken") @Schema(description = "The access token this request carried") String accessToken) {
        static Session of(Principal p, String accessToken) {
            return new Session(p.sessionId(), p.uuid().toString(), p.email(), p.name(), p.username(), Permissions.tutoringRole(p.role()),
                    accessToken);
        }
    }

    @Schema(name = "PermissionGrant", description = "One permission the caller's role holds; id is roleId:permissionName.")
    public record PermissionGrant(@JsonbProperty("id") String id,
                                  @JsonbProperty("permissionName") String permissionName,
                                  @JsonbProperty("roleId") @Schema(enumeration = {"admin", "tutor", "student", "assistant"}) String roleId,
                                  @JsonbProperty("subjectUserId") @Schema(format = "uuid") String subjectUserId,
                                  @JsonbProperty("subjectUserGroupId") @JsonbNillable @Schema(nullable = true, description = "Always null: no group grants",
                                          type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) String subjectUserGroupId,
                                  @JsonbProperty("objectId") @JsonbNillable @Schema(nullable = true, description = "Always null: no object-scoped grants",
                                          type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) String objectId,
                                  @JsonbProperty("canDo") boolean canDo,
                                  @JsonbProperty("tenantCodename") @JsonbNillable @Schema(nullable = true, description = "Always null: one tenant",
                                          type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING) String tenantCodename) {
        static PermissionGrant of(Principal p, String name) {
            String role = Permissions.tutoringRole(p.role());
            return new PermissionGrant(role + ":" + name, name, role, p.uuid().toString(), null, null, true, null);
        }
    }

    @Schema(name = "PermissionCheck", description = "Whether the caller holds one permission.")
    public record PermissionCheck(@JsonbProperty("canDo") boolean canDo,
                                  @JsonbProperty("exceptions") @Schema(description = "Always empty", maxItems = 0) List<String> exceptions) {
    }

    @Schema(name = "NoLogin", description = "The session routes' 401 body (not the tutoring error body).",
            example = "{\"status\": \"ERR\", \"message\": \"No login found\"}")
    public record NoLogin(@JsonbProperty("status") @Schema(enumeration = {"ERR"}) String status,
                          @JsonbProperty("message") @Schema(enumeration = {"No login found"}) String message) {
        static final NoLogin BODY = new NoLogin("ERR", "No login found");
    }
}
