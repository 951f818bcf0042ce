package com.edutrack.platform.security;

import java.util.UUID;

/**
 * Who is calling, as loaded from the database for this request. {@code teacherId} is the teacher
 * profile the caller acts for (their own as a teacher, their employer's as an assistant).
 */
public record Principal(long userId, UUID uuid, String username, String name, String email, Role role,
                        Long teacherId, Long assistantId, Long studentId, String sessionId) {

    public boolean isStaff() {
        return role == Role.TEACHER || role == Role.ASSISTANT;
    }
}
