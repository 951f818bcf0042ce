package com.edutrack.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How staff name a student in forms and filters: an id of digits, else a student_code in any case. */
class StudentRefTest {

    @Test
    void digitsAreAnIdAndAnythingElseACode() {
        assertEquals(new StudentRef(42L, null), StudentRef.parse(" 42 "));
        assertEquals(new StudentRef(null, "STU-2024-7"), StudentRef.parse("stu-2024-7"));
        assertEquals(new StudentRef(-1L, null), StudentRef.parse("1234567890123456789"), "too long for an id: nobody");
        assertNull(StudentRef.parse("  "));
        assertNull(StudentRef.parse(null));
    }
}
