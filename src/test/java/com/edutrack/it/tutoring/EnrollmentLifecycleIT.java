package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.it.tutoring.Tutoring.Tutor;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

class EnrollmentLifecycleIT {

    @Test
    void adminCancelFreesSlotsAndIsIdempotent() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        Account admin = Fixtures.siteOwner();
        err(Api.as(student).body(Map.of("cancelReason", "x")).patch("/v1/cancelenrollment/" + id), 403, "errMsg_NotAllowed");
        ok(Api.as(admin).body(Map.of("cancelReason", "tutor unavailable")).patch("/v1/cancelenrollment/" + id), 200, "enrollment")
                .body("action", equalTo("update")).body("enrollment.enrollmentStatus", equalTo("canceled"))
                .body("enrollment.paymentConfirmation", equalTo("canceled"));
        pack.slotIds().forEach(s -> assertEquals("available", Tutoring.slotStatus(s)));
        int version = ((Number) Db.rows("select record_version from enrollments where id = ?", UUID.fromString(id)).get(0).get("record_version")).intValue();
        ok(Api.as(admin).body(Map.of("cancelReason", "again")).patch("/v1/cancelenrollment/" + id), 200, "enrollment");
        assertEquals(version, ((Number) Db.rows("select record_version from enrollments where id = ?", UUID.fromString(id)).get(0).get("record_version")).intValue());
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'canceled'", UUID.fromString(id)));
        // The freed slots can be booked again.
        Tutoring.enroll(Fixtures.student(), pack, pack.slotIds());
    }

    @Test
    void paidEnrollmentIsRefundedOnCascadeTutorBanAndSecondRunChangesNothing() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 3, false);
        String pending = Tutoring.enroll(Fixtures.student(), pack, pack.slotIds().subList(0, 1));
        UUID paid = Tutoring.insertEnrollment(pack, Fixtures.student().uuid(), pack.slotIds().get(1), "active", "paid", Instant.now());
        UUID done = Tutoring.insertEnrollment(pack, Fixtures.student().uuid(), null, "completed", "paid", Instant.now());
        Account admin = Fixtures.siteOwner();
        Map<String, Object> body = Map.of("tutorProfileId", tutor.profileId(), "reason", "banned for no-shows");

        Api.as(tutor.account()).body(body).post("/v1/cascadetutorban").then().statusCode(403);
        Api.as(Fixtures.student()).body(body).post("/v1/cascadetutorban").then().statusCode(403);
        Api.anonymous().body(body).post("/v1/cascadetutorban").then().statusCode(401);

        okList(Api.as(admin).body(body).post("/v1/cascadetutorban"), "enrollments").body("enrollments", hasSize(2))
                .body("enrollments.id", hasItem(pending)).body("enrollments.id", hasItem(paid.toString()))
                .body("enrollments.id", not(hasItem(done.toString())));
        Map<String, Object> row = Db.rows("select payment_status, refund_status, enrollment_status from enrollments where id = ?", paid).get(0);
        assertEquals("refunded", row.get("payment_status"));
        assertEquals("processed", row.get("refund_status"));
        assertEquals("canceled", row.get("enrollment_status"));
        assertEquals("completed", Tutoring.enrollmentStatus(done.toString()));
        pack.slotIds().forEach(s -> assertEquals("available", Tutoring.slotStatus(s)));
        // The refund really went to Stripe (the double), in full, keyed by the enrollment.
        List<LoggedRequest> refunds = StripeDouble.refunds(StripeDouble.intentId(paid, 1));
        assertEquals(1, refunds.size());
        assertEquals("enrollment-" + paid + "-refund-1", refunds.get(0).getHeader("Idempotency-Key"));
        assertEquals(null, StripeDouble.form(refunds.get(0)).get("amount"));
        long audits = Db.count("select count(*) from enrollment_audit");

        okList(Api.as(admin).body(body).post("/v1/cascadetutorban"), "enrollments").body("enrollments", hasSize(0)).body("rowCount", equalTo(0));
        assertEquals(audits, Db.count("select count(*) from enrollment_audit"));
        assertEquals(1, StripeDouble.refunds(StripeDouble.intentId(paid, 1)).size());
    }

    @Test
    void cascadeCourseRemovalDeactivatesThePackAndIsIdempotent() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 2, false);
        Pack kept = Tutoring.pack(pack.tutor(), 1, 1, false);
        String a = Tutoring.enroll(Fixtures.student(), pack, pack.slotIds().subList(0, 1));
        String b = Tutoring.enroll(Fixtures.student(), kept, kept.slotIds());
        Account admin = Fixtures.siteOwner();
        Map<String, Object> body = Map.of("coursePackId", pack.id(), "reason", "removed");
        okList(Api.as(admin).body(body).post("/v1/cascadecourseremoval"), "enrollments").body("enrollments.id", equalTo(List.of(a)));
        assertEquals("canceled", Tutoring.enrollmentStatus(a));
        assertEquals("pending", Tutoring.enrollmentStatus(b));
        assertEquals(false, Db.rows("select is_active from course_packs where id = ?", UUID.fromString(pack.id())).get(0).get("is_active"));
        okList(Api.as(admin).body(body).post("/v1/cascadecourseremoval"), "enrollments").body("enrollments", hasSize(0));
        err(Api.as(Fixtures.student()).body(Tutoring.booking(pack, pack.slotIds().subList(1, 2))).post("/v1/enrollments"), 409, "errMsg_CoursePackNotBookable");
    }

    @Test
    void cleanupCancelsOnlyStaleUnpaidPendingOnce() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 0, false);
        List<String> slots = Tutoring.insertSlots(pack, 3);
        UUID stale = Tutoring.insertEnrollment(pack, Fixtures.student().uuid(), slots.get(0), "pending", "pending", Instant.now().minusSeconds(3 * 3600));
        UUID fresh = Tutoring.insertEnrollment(pack, Fixtures.student().uuid(), slots.get(1), "pending", "pending", Instant.now());
        UUID paid = Tutoring.insertEnrollment(pack, Fixtures.student().uuid(), slots.get(2), "active", "paid", Instant.now().minusSeconds(3 * 3600));
        Account admin = Fixtures.siteOwner();
        Api.as(Fixtures.student()).body(Map.of("maxAgeMinutes", 60)).post("/v1/cleanuppendingenrollments").then().statusCode(403);
        okList(Api.as(admin).body(Map.of("maxAgeMinutes", 60)).post("/v1/cleanuppendingenrollments"), "enrollments")
                .body("enrollments.id", hasItem(stale.toString())).body("enrollments.id", not(hasItem(fresh.toString())))
                .body("enrollments.id", not(hasItem(paid.toString())));
        assertEquals("canceled", Tutoring.enrollmentStatus(stale.toString()));
        assertEquals("available", Tutoring.slotStatus(slots.get(0)));
        assertEquals("pending", Tutoring.enrollmentStatus(fresh.toString()));
        assertEquals("active", Tutoring.enrollmentStatus(paid.toString()));
        okList(Api.as(admin).body(Map.of("maxAgeMinutes", 60)).post("/v1/cleanuppendingenrollments"), "enrollments")
                .body("enrollments.id", not(hasItem(stale.toString())));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ?", stale));
    }

    @Test
    void completingTheLastSlotCompletesTheEnrollment() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 2, 2, false);
        String id = Tutoring.enroll(Fixtures.student(), pack, pack.slotIds());
        Db.update("update enrollments set enrollment_status = 'active', payment_status = 'paid', payment_confirmation = 'paid' where id = ?", UUID.fromString(id));
        Account admin = Fixtures.siteOwner();

        Api.as(Tutoring.tutor().account()).post("/v1/completelessonslot/" + pack.slotIds().get(0)).then().statusCode(403);
        ok(Api.as(tutor.account()).post("/v1/completelessonslot/" + pack.slotIds().get(0)), 200, "lessonSlot").body("lessonSlot.status", equalTo("completed"));
        okList(Api.as(admin).body(Map.of("enrollmentId", id)).post("/v1/checkenrollmentcompletion"), "enrollments")
                .body("enrollments[0].enrollmentStatus", equalTo("active"));
        ok(Api.as(tutor.account()).post("/v1/completelessonslot/" + pack.slotIds().get(1)), 200, "lessonSlot");
        assertEquals("completed", Tutoring.enrollmentStatus(id));
        okList(Api.as(admin).body(Map.of("enrollmentId", id)).post("/v1/checkenrollmentcompletion"), "enrollments")
                .body("enrollments[0].enrollmentStatus", equalTo("completed"));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'completed'", UUID.fromString(id)));
        Api.as(tutor.account()).body(Map.of("enrollmentId", id)).post("/v1/checkenrollmentcompletion").then().statusCode(403);
        err(Api.as(admin).body(Map.of("cancelReason", "late")).patch("/v1/cancelenrollment/" + id), 409, "errMsg_EnrollmentAlreadyCompleted");
    }
}
