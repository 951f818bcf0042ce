package com.edutrack.accounts;

import java.time.Instant;
import java.util.function.UnaryOperator;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The seed's assistant shape (teacher API section 1), used by every assistant list and detail. */
@Schema(name = "Assistant", description = "An assistant, who works for exactly one teacher.", example = "{\"id\": 1, \"user_id\": 3, "
        + "\"username\": \"demo-assistant\", \"name\": \"Demo Assistant\", \"phone\": \"01000000002\", "
        + "\"gmail\": \"demo.assistant@gmail.com\", \"gender\": \"female\", \"profile_picture\": null, \"is_active\": true, "
        + "\"created_at\": \"2026-09-01T08:00:00Z\", \"teacher\": 1}")
public record AssistantView(@JsonbProperty("id") long id,
                            @JsonbProperty("user_id") long userId,
                            @JsonbProperty("username") String username,
                            @JsonbProperty("name") String name,
                            @JsonbProperty("phone") @JsonbNillable @Schema(nullable = true) String phone,
                            @JsonbProperty("gmail") @JsonbNillable @Schema(nullable = true) String gmail,
                            @JsonbProperty("gender") @JsonbNillable @Schema(nullable = true, enumeration = {"male", "female"}) String gender,
                            @JsonbProperty("profile_picture") @JsonbNillable @Schema(nullable = true, format = "uri", description = "Absolute URL")
                            String profilePicture,
                            @JsonbProperty("is_active") boolean isActive,
                            @JsonbProperty("created_at") Instant createdAt,
                            @JsonbProperty("teacher") @Schema(description = "The teacher's id") long teacher) {

    /** {@code mediaUrl} turns the stored picture key into the absolute URL clients load. */
    static AssistantView of(Assistant a, UnaryOperator<String> mediaUrl) {
        User u = a.getUser();
        return new AssistantView(a.getId(), u.getId(), u.getUsername(), u.getName(), a.getPhone(), u.getGmail(), a.getGender(),
                mediaUrl.apply(a.getProfilePicture()), u.isActive(), a.getCreatedAt(), a.getTeacher().getId());
    }
}
