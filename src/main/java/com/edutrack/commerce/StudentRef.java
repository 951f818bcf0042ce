package com.edutrack.commerce;

import java.util.Locale;

/**
 * A student as staff name one in forms and filters: the profile id (all digits) or the
 * student_code (any case). Digits too long for an id name no one.
 */
record StudentRef(Long id, String code) {
    private static final int MAX_ID_DIGITS = 18;

    /** The reference, or null for a blank one (no filter). */
    static StudentRef parse(String ref) {
        if (ref == null || ref.isBlank()) {
            return null;
        }
        String text = ref.trim();
        if (text.chars().allMatch(Character::isDigit)) {
            return new StudentRef(text.length() > MAX_ID_DIGITS ? -1L : Long.parseLong(text), null);
        }
        return new StudentRef(null, text.toUpperCase(Locale.ROOT));
    }
}
