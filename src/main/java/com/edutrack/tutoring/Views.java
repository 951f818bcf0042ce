package com.edutrack.tutoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.accounts.User;

/**
 * The guide's response shapes, built as ordered maps so the keys (including {@code _idx} and
 * {@code _owner}) are exactly the guide's. Joined objects are only read when the caller asked for
 * joins and loaded them in bounded queries.
 */
public final class Views {
    private Views() {
    }

    static Map<String, Object> tutorProfile(TutorProfile p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("tutorId", p.getTutorId());
        m.put("bio", p.getBio());
        m.put("certifications", p.getCertifications());
        m.put("experienceYears", p.getExperienceYears());
        m.put("subjects", p.getSubjects());
        m.put("profilePhoto", p.getProfilePhoto());
        enumValue(m, "status", p.getStatus());
        m.put("isActive", true);
        m.put("recordVersion", p.getRecordVersion());
        m.put("createdAt", p.getCreatedAt());
        m.put("updatedAt", p.getUpdatedAt());
        m.put("_owner", p.getTutorId());
        return m;
    }

    static Map<String, Object> coursePack(CoursePack c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", c.getId());
        m.put("tutorProfileId", c.getTutorProfile().getId());
        m.put("title", c.getTitle());
        m.put("description", c.getDescription());
        m.put("category", c.getCategory());
        m.put("price", c.getPrice().doubleValue());
        m.put("currency", c.getCurrency());
        m.put("lessonCount", c.getLessonCount());
        enumValue(m, "schedulingType", c.getSchedulingType());
        m.put("requiresPreliminaryMeeting", c.isRequiresPreliminaryMeeting());
        m.put("isActive", c.isActive());
        m.put("recordVersion", c.getRecordVersion());
        m.put("createdAt", c.getCreatedAt());
        m.put("updatedAt", c.getUpdatedAt());
        return m;
    }

    static Map<String, Object> lessonSlot(LessonSlot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.getId());
        m.put("tutorProfileId", s.getTutorProfile().getId());
        m.put("coursePackId", s.getCoursePack().getId());
        m.put("scheduledDate", s.getScheduledDate().toString());
        m.put("scheduledTime", s.getScheduledTime());
        m.put("durationMinutes", s.getDurationMinutes());
        enumValue(m, "status", s.getStatus());
        enumValue(m, "locationType", s.getLocationType());
        m.put("locationDetails", s.getLocationDetails());
        m.put("isActive", true);
        m.put("recordVersion", s.getRecordVersion());
        m.put("createdAt", s.getCreatedAt());
        m.put("updatedAt", s.getUpdatedAt());
        return m;
    }

    static Map<String, Object> meeting(PreliminaryMeeting p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.getId());
        m.put("coursePackId", p.getCoursePack().getId());
        m.put("studentId", p.getStudentId());
        m.put("scheduledAt", p.getScheduledAt());
        enumValue(m, "result", p.getResult());
        m.put("note", p.getNote());
        m.put("createdAt", p.getCreatedAt());
        m.put("updatedAt", p.getUpdatedAt());
        return m;
    }

    /** The enrollment's own fields, as create/cancel/cascades return it. */
    public static Map<String, Object> enrollment(Enrollment e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.getId());
        m.put("coursePackId", e.getCoursePack().getId());
        m.put("studentId", e.getStudentId());
        m.put("tutorProfileId", e.getTutorProfile().getId());
        m.put("lessonSlotIds", e.orderedSlots().stream().map(LessonSlot::getId).toList());
        m.put("totalAmount", e.getTotalAmount().doubleValue());
        m.put("currency", e.getCurrency());
        enumValue(m, "paymentStatus", e.getPaymentStatus());
        enumValue(m, "refundStatus", e.getRefundStatus());
        enumValue(m, "enrollmentStatus", e.getEnrollmentStatus());
        m.put("enrolledAt", e.getEnrolledAt());
        enumValue(m, "paymentConfirmation", e.getPaymentConfirmation());
        m.put("isActive", e.isActive());
        m.put("recordVersion", e.getRecordVersion());
        m.put("createdAt", e.getCreatedAt());
        m.put("updatedAt", e.getUpdatedAt());
        m.put("_owner", e.getStudentId());
        return m;
    }

    /** The get/list shape: own fields plus coursePack, lessonSlots, student and tutorProfile. */
    static Map<String, Object> enrollmentWithJoins(Enrollment e, User student) {
        Map<String, Object> m = enrollment(e);
        CoursePack c = e.getCoursePack();
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("tutorProfileId", c.getTutorProfile().getId());
        pack.put("title", c.getTitle());
        pack.put("price", c.getPrice().doubleValue());
        pack.put("category", c.getCategory());
        enumValue(pack, "schedulingType", c.getSchedulingType());
        pack.put("isActive", c.isActive());
        m.put("coursePack", pack);
        List<Map<String, Object>> slots = e.orderedSlots().stream().map(s -> {
            Map<String, Object> slot = new LinkedHashMap<>();
            slot.put("id", s.getId());
            slot.put("scheduledDate", s.getScheduledDate().toString());
            slot.put("scheduledTime", s.getScheduledTime());
            enumValue(slot, "status", s.getStatus());
            enumValue(slot, "locationType", s.getLocationType());
            slot.put("locationDetails", s.getLocationDetails());
            return slot;
        }).toList();
        m.put("lessonSlots", slots);
        Map<String, Object> who = new LinkedHashMap<>();
        who.put("email", student == null ? null : student.getGmail());
        who.put("fullname", student == null ? null : student.getName());
        who.put("avatar", null);
        m.put("student", who);
        TutorProfile t = e.getTutorProfile();
        Map<String, Object> tutor = new LinkedHashMap<>();
        tutor.put("tutorId", t.getTutorId());
        tutor.put("certifications", t.getCertifications());
        tutor.put("bio", t.getBio());
        tutor.put("profilePhoto", t.getProfilePhoto());
        m.put("tutorProfile", tutor);
        return m;
    }

    static Map<String, Object> audit(EnrollmentAudit a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("enrollmentId", a.getEnrollmentId());
        m.put("actorId", a.getActorId());
        m.put("changedAt", a.getChangedAt());
        m.put("fromStatus", a.getFromStatus());
        m.put("toStatus", a.getToStatus());
        m.put("reason", a.getReason());
        return m;
    }

    private static void enumValue(Map<String, Object> m, String key, Enum<?> value) {
        m.put(key, value == null ? null : value.name());
        m.put(key + "_idx", value == null ? null : value.ordinal());
    }
}
