package com.edutrack.notifications;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The events that notify someone (platform.md section 4); the wire value is the lower-case name. */
public enum NotificationType {
    ENROLLMENT_REQUESTED("Enrollment requested"),
    ENROLLMENT_APPROVED("Enrollment approved"),
    ENROLLMENT_REJECTED("Enrollment rejected"),
    BALANCE_ADDED("Balance added"),
    LECTURE_PURCHASED("Lecture purchased"),
    ACCESS_REOPENED("Access reopened"),
    QUIZ_PUBLISHED("Quiz published"),
    QUIZ_SCORES_RELEASED("Quiz scores released"),
    QUIZ_ANSWERS_RELEASED("Quiz answers released"),
    WRITTEN_ANSWER_GRADED("Written answer graded"),
    HOMEWORK_PUBLISHED("Homework published"),
    MATERIAL_ADDED("Material added"),
    TUTORING_ENROLLMENT_CONFIRMED("Tutoring enrollment confirmed"),
    TUTORING_REFUND_PROCESSED("Tutoring refund processed"),
    TUTORING_ENROLLMENT_CANCELED("Tutoring enrollment canceled");

    public static final Set<String> VALUES = Arrays.stream(values()).map(NotificationType::value).collect(Collectors.toUnmodifiableSet());

    private final String display;

    NotificationType(String display) {
        this.display = display;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String display() {
        return display;
    }

    public static NotificationType of(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
