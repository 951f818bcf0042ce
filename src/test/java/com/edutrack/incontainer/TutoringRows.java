package com.edutrack.incontainer;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Tutoring fixtures in SQL: a tutor's pack with booked slots held by unpaid enrollments hours old. */
final class TutoringRows {
    private TutoringRows() {
    }

    record Stale(UUID enrollment, UUID slot) {
    }

    static List<Stale> staleEnrollments(int n) {
        Timestamp now = Rows.now();
        UUID profile = UUID.randomUUID();
        Rows.update("insert into tutor_profiles(id, tutor_id, bio, status, created_at, updated_at, record_version) values (?, ?, 'bio', 'active', ?, ?, 0)",
                profile, UUID.randomUUID(), now, now);
        UUID pack = UUID.randomUUID();
        Rows.update("insert into course_packs(id, tutor_profile_id, title, price, currency, lesson_count, scheduling_type, created_at, updated_at, "
                + "record_version) values (?, ?, ?, 120.50, 'USD', 1, 'fixedSchedule', ?, ?, 0)", pack, profile, Rows.unique("pack"), now, now);
        Timestamp old = Rows.at(Instant.now().minusSeconds(5 * 3600));
        List<Stale> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            UUID slot = UUID.randomUUID();
            Rows.update("insert into lesson_slots(id, tutor_profile_id, course_pack_id, scheduled_date, scheduled_time, duration_minutes, status, "
                    + "location_type, created_at, updated_at, record_version) values (?, ?, ?, ?, '09:00', 60, 'booked', 'online', ?, ?, 0)",
                    slot, profile, pack, java.sql.Date.valueOf(LocalDate.now().plusDays(1)), now, now);
            UUID enrollment = UUID.randomUUID();
            Rows.update("insert into enrollments(id, course_pack_id, tutor_profile_id, student_id, total_amount, currency, payment_status, refund_status,"
                    + " enrollment_status, payment_confirmation, is_active, created_at, updated_at, record_version)"
                    + " values (?, ?, ?, ?, ?, 'USD', 'pending', 'notRequested', 'pending', 'pending', true, ?, ?, 0)",
                    enrollment, pack, profile, studentUuid(), new BigDecimal("120.50"), old, old);
            Rows.update("insert into enrollment_lesson_slots(enrollment_id, lesson_slot_id) values (?, ?)", enrollment, slot);
            out.add(new Stale(enrollment, slot));
        }
        return out;
    }

    private static UUID studentUuid() {
        long user = Rows.user("student");
        return (UUID) Rows.value("select uuid from users where id = ?", user);
    }
}
