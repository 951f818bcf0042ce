package com.edutrack.tutoring;

/**
 * The guide's enum values, spelled exactly as the API and the database carry them (hence the
 * lower-case constants); the ordinal is the guide's {@code _idx}.
 */
public final class TutoringEnums {
    private TutoringEnums() {
    }

    public enum TutorStatus { active, suspended, banned }

    public enum SchedulingType { fixedSchedule, flexible }

    public enum SlotStatus { available, booked, completed, canceled }

    public enum LocationType { online, inPerson }

    public enum MeetingResult { scheduled, passed, failed }

    public enum PaymentStatus { pending, paid, refunded }

    public enum RefundStatus { notRequested, eligible, processed, ineligible }

    public enum EnrollmentStatus { pending, active, completed, canceled }

    public enum PaymentConfirmation { pending, processing, paid, canceled }

    /** Parses a query or body value; an unknown value is a 400 naming the field. */
    public static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(raw.trim())) {
                return e;
            }
        }
        throw com.edutrack.platform.errors.ApiException.tutoring(400, "errMsg_" + capitalize(field) + "IsNotValid",
                field + " must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ".");
    }

    static String capitalize(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
