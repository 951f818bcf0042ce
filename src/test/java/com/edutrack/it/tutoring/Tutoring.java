package com.edutrack.it.tutoring;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Tutoring test data made over HTTP (profiles, packs, slots) plus envelope checks shared by the ITs. */
final class Tutoring {
    private Tutoring() {
    }

    /** A teacher with a tutor profile. */
    record Tutor(Account account, String profileId) {
    }

    record Pack(Tutor tutor, String id, List<String> slotIds, BigDecimal price, String currency) {
    }

    static Tutor tutor() {
        Account teacher = Fixtures.teacher();
        String id = ok(Api.as(teacher).body(Map.of("bio", "Maths tutor", "experienceYears", 5)).post("/v1/tutorprofiles"), 201, "tutorProfile")
                .extract().path("tutorProfile.id");
        return new Tutor(teacher, id);
    }

    static Pack pack(Tutor tutor, int lessonCount, int slotCount, boolean requiresMeeting) {
        return pack(tutor, lessonCount, slotCount, requiresMeeting, new BigDecimal("120.5"), "USD");
    }

    static Pack pack(Tutor tutor, int lessonCount, int slotCount, boolean requiresMeeting, BigDecimal price, String currency) {
        String id = ok(Api.as(tutor.account()).body(Map.of("title", Fixtures.unique("pack"), "category", "math", "price", price,
                "currency", currency, "lessonCount", lessonCount, "schedulingType", "fixedSchedule",
                "requiresPreliminaryMeeting", requiresMeeting)).post("/v1/coursepacks"), 201, "coursePack").extract().path("coursePack.id");
        List<String> slots = new ArrayList<>();
        for (int i = 0; i < slotCount; i++) {
            slots.add(slot(tutor, id, i));
        }
        return new Pack(tutor, id, slots, price, currency);
    }

    static String slot(Tutor tutor, String packId, int day) {
        return ok(Api.as(tutor.account()).body(Map.of("coursePackId", packId, "scheduledDate", LocalDate.now().plusDays(day + 1).toString(),
                "scheduledTime", "10:00", "durationMinutes", 60, "locationType", "online")).post("/v1/lessonslots"), 201, "lessonSlot")
                .extract().path("lessonSlot.id");
    }

    static Map<String, Object> booking(Pack pack, List<String> slots) {
        return Map.of("coursePackId", pack.id(), "tutorProfileId", pack.tutor().profileId(), "lessonSlotIds", slots,
                "totalAmount", pack.price(), "currency", pack.currency(), "refundStatus", "notRequested");
    }

    static String enroll(Account student, Pack pack, List<String> slots) {
        return ok(Api.as(student).body(booking(pack, slots)).post("/v1/enrollments"), 201, "enrollment").extract().path("enrollment.id");
    }

    /** Checks the success envelope and returns the response for more assertions. */
    static ValidatableResponse ok(Response r, int status, String dataName) {
        return r.then().log().ifValidationFails().statusCode(status).body("status", equalTo("OK")).body("statusCode", equalTo(status))
                .body("dataName", equalTo(dataName)).body(dataName, notNullValue());
    }

    static ValidatableResponse okList(Response r, String dataName) {
        return ok(r, 200, dataName).body("paging", notNullValue()).body("paging.totalRowCount", notNullValue());
    }

    static ValidatableResponse err(Response r, int status, String key) {
        return r.then().log().ifValidationFails().statusCode(status).body("result", equalTo("ERR")).body("status", equalTo(status)).body("message", equalTo(key));
    }

    static String slotStatus(String slotId) {
        return (String) Db.rows("select status from lesson_slots where id = ?", UUID.fromString(slotId)).get(0).get("status");
    }

    static String enrollmentStatus(String id) {
        return (String) Db.rows("select enrollment_status from enrollments where id = ?", UUID.fromString(id)).get(0).get("enrollment_status");
    }

    /**
     * An enrollment written straight to the database (for volume and for old or paid states). A paid
     * one also gets its Stripe payment row (PaymentIntent {@link StripeDouble#intentId}), so a cancel
     * refunds it through the Stripe double, whose default refund answer is success.
     */
    static UUID insertEnrollment(Pack pack, UUID student, String slotId, String status, String paymentStatus, Instant createdAt) {
        UUID id = UUID.randomUUID();
        Timestamp at = Timestamp.from(createdAt);
        Db.update("insert into enrollments(id, course_pack_id, tutor_profile_id, student_id, total_amount, currency, payment_status, refund_status,"
                        + " enrollment_status, payment_confirmation, is_active, created_at, updated_at, record_version)"
                        + " values (?, ?, ?, ?, ?, 'USD', ?, 'notRequested', ?, ?, true, ?, ?, 0)",
                id, UUID.fromString(pack.id()), UUID.fromString(pack.tutor().profileId()), student, new BigDecimal("120.50"), paymentStatus, status,
                paymentStatus.equals("paid") ? "paid" : "pending", at, at);
        if (slotId != null) {
            Db.update("insert into enrollment_lesson_slots(enrollment_id, lesson_slot_id) values (?, ?)", id, UUID.fromString(slotId));
            Db.update("update lesson_slots set status = 'booked' where id = ?", UUID.fromString(slotId));
        }
        if (paymentStatus.equals("paid")) {
            StripeDouble.server();
            Db.update("insert into sys_enrollment_payments(id, owner_id, order_id, payment_id, payment_status, status_literal, amount_minor, currency,"
                            + " attempt, refund_attempt, is_active, created_at, updated_at, record_version)"
                            + " values (?, ?, ?, ?, 'succeeded', 'paid', 12050, 'USD', 1, 0, true, ?, ?, 0)",
                    UUID.randomUUID(), student, id, StripeDouble.intentId(id, 1), at, at);
        }
        return id;
    }

    /** Inserts {@code n} available slots of the pack directly. */
    static List<String> insertSlots(Pack pack, int n) {
        List<String> ids = new ArrayList<>();
        Timestamp now = Timestamp.from(Instant.now());
        for (int i = 0; i < n; i++) {
            UUID id = UUID.randomUUID();
            Db.update("insert into lesson_slots(id, tutor_profile_id, course_pack_id, scheduled_date, scheduled_time, duration_minutes, status,"
                            + " location_type, created_at, updated_at, record_version) values (?, ?, ?, ?, '09:00', 60, 'available', 'online', ?, ?, 0)",
                    id, UUID.fromString(pack.tutor().profileId()), UUID.fromString(pack.id()), java.sql.Date.valueOf(LocalDate.now().plusDays(1)), now, now);
            ids.add(id.toString());
        }
        return ids;
    }
}
