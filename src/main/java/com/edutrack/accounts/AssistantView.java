package com.edutrack.accounts;

import java.time.Instant;
import java.util.function.UnaryOperator;

/** The seed's assistant shape (teacher API section 1), used by every assistant list and detail. */
public record AssistantView(long id, long userId, String username, String name, String phone, String gmail, String gender,
                            String profilePicture, boolean isActive, Instant createdAt, long teacher) {

    /** {@code mediaUrl} turns the stored picture key into the absolute URL clients load. */
    static AssistantView of(Assistant a, UnaryOperator<String> mediaUrl) {
        User u = a.getUser();
        return new AssistantView(a.getId(), u.getId(), u.getUsername(), u.getName(), a.getPhone(), u.getGmail(), a.getGender(),
                mediaUrl.apply(a.getProfilePicture()), u.isActive(), a.getCreatedAt(), a.getTeacher().getId());
    }
}
