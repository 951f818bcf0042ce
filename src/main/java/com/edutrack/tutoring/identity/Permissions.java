package com.edutrack.tutoring.identity;

import java.util.List;
import java.util.Map;

import com.edutrack.platform.security.Role;

/**
 * The tutoring permissions each role holds. Roles map onto the tutoring roles of platform.md
 * section 0: admin = site owner, tutor = teacher, student = student; assistants hold none here.
 */
final class Permissions {
    private static final List<String> STUDENT = List.of("enrollment.create", "enrollment.view", "refundRequest.create",
            "refundRequest.view", "payment.start", "preliminaryMeeting.create", "coursePack.view");
    private static final List<String> TUTOR = List.of("tutorProfile.manage", "coursePack.manage", "lessonSlot.manage",
            "preliminaryMeeting.decide", "enrollment.view", "refundRequest.view", "coursePack.view");
    private static final List<String> ADMIN = List.of("adminPanel.access", "enrollment.admin", "enrollment.view", "refundRequest.admin",
            "refundRequest.view", "payment.admin", "tutorProfile.admin", "coursePack.admin", "coursePack.view");
    private static final Map<Role, List<String>> BY_ROLE = Map.of(Role.SITEOWNER, ADMIN, Role.TEACHER, TUTOR, Role.STUDENT, STUDENT,
            Role.ASSISTANT, List.of());

    private Permissions() {
    }

    static List<String> of(Role role) {
        return BY_ROLE.get(role);
    }

    static String tutoringRole(Role role) {
        return switch (role) {
            case SITEOWNER -> "admin";
            case TEACHER -> "tutor";
            case STUDENT -> "student";
            case ASSISTANT -> "assistant";
        };
    }
}
