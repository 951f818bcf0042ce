package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.it.tutoring.Tutoring.Tutor;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class EnrollmentIT {

    @Test
    void studentBooksSlotsAtTheServersPrice() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 3, false);
        Account student = Fixtures.student();
        List<String> slots = pack.slotIds().subList(0, 2);
        String id = ok(Api.as(student).body(Tutoring.booking(pack, slots)).post("/v1/enrollments"), 201, "enrollment")
                .body("method", equalTo("POST")).body("action", equalTo("create")).body("rowCount", equalTo(1))
                .body("enrollment.studentId", equalTo(student.uuid().toString()))
                .body("enrollment.totalAmount", equalTo(120.5f)).body("enrollment.currency", equalTo("USD"))
                .body("enrollment.enrollmentStatus", equalTo("pending")).body("enrollment.paymentStatus", equalTo("pending"))
                .body("enrollment.refundStatus", equalTo("notRequested")).body("enrollment.paymentConfirmation", equalTo("pending"))
                .body("enrollment.enrollmentStatus_idx", equalTo(0)).body("enrollment.lessonSlotIds", hasSize(2))
                .body("enrollment._owner", equalTo(student.uuid().toString()))
                .extract().path("enrollment.id");
        assertEquals("booked", Tutoring.slotStatus(slots.get(0)));
        assertEquals("booked", Tutoring.slotStatus(slots.get(1)));
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(2)));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'pending'", UUID.fromString(id)));
        // One live enrollment per student and pack.
        err(Api.as(student).body(Tutoring.booking(pack, List.of(pack.slotIds().get(2), slots.get(0)))).post("/v1/enrollments"), 409, "errMsg_AlreadyEnrolled");
        // Someone else cannot take booked slots.
        err(Api.as(Fixtures.student()).body(Tutoring.booking(pack, List.of(pack.slotIds().get(2), slots.get(0)))).post("/v1/enrollments"),
                409, "errMsg_LessonSlotNotAvailable");
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(2)), "a refused booking books nothing");
    }

    @Test
    void bookingRulesAreEnforced() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 2, 2, false);
        Pack otherPack = Tutoring.pack(tutor, 1, 1, false);
        Account student = Fixtures.student();
        Map<String, Object> wrongAmount = new HashMap<>(Tutoring.booking(pack, pack.slotIds()));
        wrongAmount.put("totalAmount", 1.0);
        err(Api.as(student).body(wrongAmount).post("/v1/enrollments"), 400, "errMsg_TotalAmountMismatch");
        Map<String, Object> wrongCurrency = new HashMap<>(Tutoring.booking(pack, pack.slotIds()));
        wrongCurrency.put("currency", "EUR");
        err(Api.as(student).body(wrongCurrency).post("/v1/enrollments"), 400, "errMsg_CurrencyMismatch");
        err(Api.as(student).body(Tutoring.booking(pack, pack.slotIds().subList(0, 1))).post("/v1/enrollments"), 400, "errMsg_LessonSlotCountMismatch");
        err(Api.as(student).body(Tutoring.booking(pack, List.of(pack.slotIds().get(0), otherPack.slotIds().get(0)))).post("/v1/enrollments"),
                400, "errMsg_LessonSlotNotInPack");
        err(Api.as(student).body(Tutoring.booking(pack, List.of(pack.slotIds().get(0), UUID.randomUUID().toString()))).post("/v1/enrollments"),
                404, "errMsg_LessonSlotNotFound");
        Map<String, Object> missing = new HashMap<>(Tutoring.booking(pack, pack.slotIds()));
        missing.remove("totalAmount");
        err(Api.as(student).body(missing).post("/v1/enrollments"), 400, "errMsg_RequiredFieldsMissing");
        Api.as(tutor.account()).body(Tutoring.booking(pack, pack.slotIds())).post("/v1/enrollments").then().statusCode(403).body("result", equalTo("ERR"));
        Api.anonymous().body(Tutoring.booking(pack, pack.slotIds())).post("/v1/enrollments").then().statusCode(401);
        pack.slotIds().forEach(s -> assertEquals("available", Tutoring.slotStatus(s)));

        // A suspended tutor takes no bookings.
        Db.update("update tutor_profiles set status = 'suspended' where id = ?", UUID.fromString(tutor.profileId()));
        err(Api.as(student).body(Tutoring.booking(pack, pack.slotIds())).post("/v1/enrollments"), 409, "errMsg_CoursePackNotBookable");
    }

    @Test
    void packWithPreliminaryMeetingNeedsAPassedOne() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 1, true);
        Account student = Fixtures.student();
        err(Api.as(student).body(Tutoring.booking(pack, pack.slotIds())).post("/v1/enrollments"), 400, "errMsg_PreliminaryMeetingRequired");
        String meeting = Api.as(student).body(Map.of("coursePackId", pack.id(), "scheduledAt", Instant.now().toString()))
                .post("/v1/preliminarymeetings").then().statusCode(201).extract().path("preliminaryMeeting.id");
        Api.as(tutor.account()).body(Map.of("result", "passed")).patch("/v1/preliminarymeetings/" + meeting).then().statusCode(200);
        Tutoring.enroll(student, pack, pack.slotIds());
    }

    @Test
    void getIsForTheStudentTheTutorAndAdmins() {
        Tutor tutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        String path = "/v1/enrollments/" + id;

        ok(Api.as(student).get(path), 200, "enrollment").body("action", equalTo("get"))
                .body("enrollment.coursePack.title", org.hamcrest.Matchers.notNullValue())
                .body("enrollment.lessonSlots", hasSize(1)).body("enrollment.lessonSlots[0].status", equalTo("booked"))
                .body("enrollment.student.email", equalTo(student.username() + "@gmail.com"))
                .body("enrollment.tutorProfile.tutorId", equalTo(tutor.account().uuid().toString()));
        ok(Api.as(tutor.account()).get(path), 200, "enrollment");
        ok(Api.as(Fixtures.siteOwner()).get(path), 200, "enrollment");
        ok(Api.as(student).get(path + "?getJoins=false"), 200, "enrollment").body("enrollment.coursePack", nullValue())
                .body("enrollment.lessonSlotIds", hasSize(1));
        err(Api.as(Tutoring.tutor().account()).get(path), 403, "errMsg_NotAllowed");
        err(Api.as(Fixtures.student()).get(path), 403, "errMsg_NotAllowed");
        Api.anonymous().get(path).then().statusCode(401).body("result", equalTo("ERR"));
        err(Api.as(student).get("/v1/enrollments/" + UUID.randomUUID()), 404, "errMsg_EnrollmentNotFound");
    }

    @Test
    void listIsScopedPerRole() {
        Tutor tutor = Tutoring.tutor();
        Tutor otherTutor = Tutoring.tutor();
        Pack pack = Tutoring.pack(tutor, 1, 2, false);
        Pack otherPack = Tutoring.pack(otherTutor, 1, 1, false);
        Account student = Fixtures.student();
        Account otherStudent = Fixtures.student();
        String mine = Tutoring.enroll(student, pack, pack.slotIds().subList(0, 1));
        String theirs = Tutoring.enroll(otherStudent, pack, pack.slotIds().subList(1, 2));
        String elsewhere = Tutoring.enroll(otherStudent, otherPack, otherPack.slotIds());

        okList(Api.as(student).get("/v1/enrollments"), "enrollments").body("enrollments.id", equalTo(List.of(mine)))
                .body("action", equalTo("list")).body("paging.totalRowCount", equalTo(1))
                .body("enrollments[0].coursePack.title", org.hamcrest.Matchers.notNullValue())
                .body("enrollments[0].lessonSlots", hasSize(1)).body("enrollments[0].student.fullname", org.hamcrest.Matchers.notNullValue());
        okList(Api.as(tutor.account()).get("/v1/enrollments"), "enrollments").body("enrollments.id", hasSize(2))
                .body("enrollments.id", hasItem(theirs)).body("enrollments.id", not(hasItem(elsewhere)));
        okList(Api.as(otherTutor.account()).get("/v1/enrollments"), "enrollments").body("enrollments.id", equalTo(List.of(elsewhere)));
        okList(Api.as(otherStudent).get("/v1/enrollments?getJoins=false"), "enrollments").body("enrollments", hasSize(2))
                .body("enrollments[0].coursePack", nullValue());
        okList(Api.as(Fixtures.siteOwner()).get("/v1/enrollments?tutorProfileId=" + tutor.profileId()), "enrollments")
                .body("paging.totalRowCount", equalTo(2));
        okList(Api.as(Fixtures.siteOwner()).get("/v1/enrollments?tutorProfileId=" + tutor.profileId() + "&paymentConfirmation=paid"), "enrollments")
                .body("paging.totalRowCount", equalTo(0));
        err(Api.as(Fixtures.siteOwner()).get("/v1/enrollments?paymentConfirmation=nope"), 400, "errMsg_PaymentConfirmationIsNotValid");
        Api.anonymous().get("/v1/enrollments").then().statusCode(401);
    }

    @Test
    void listCostsTheSameStatementsFor2And100Rows() {
        Account admin = Fixtures.siteOwner();
        Pack small = Tutoring.pack(Tutoring.tutor(), 1, 0, false);
        Pack big = Tutoring.pack(Tutoring.tutor(), 1, 0, false);
        for (String slot : Tutoring.insertSlots(small, 2)) {
            Tutoring.insertEnrollment(small, Fixtures.student().uuid(), slot, "pending", "pending", Instant.now());
        }
        List<String> bigSlots = Tutoring.insertSlots(big, 100);
        List<UUID> students = List.of(Fixtures.student().uuid(), Fixtures.student().uuid(), Fixtures.student().uuid());
        for (int i = 0; i < 100; i++) {
            Tutoring.insertEnrollment(big, students.get(i % 3), bigSlots.get(i), "pending", "pending", Instant.now());
        }
        for (String joins : List.of("true", "false")) {
            Response two = Api.as(admin).get("/v1/enrollments?pageRowCount=200&getJoins=" + joins + "&tutorProfileId=" + small.tutor().profileId());
            Response hundred = Api.as(admin).get("/v1/enrollments?pageRowCount=200&getJoins=" + joins + "&tutorProfileId=" + big.tutor().profileId());
            okList(two, "enrollments").body("enrollments", hasSize(2));
            okList(hundred, "enrollments").body("enrollments", hasSize(100));
            assertTrue(Integer.parseInt(two.header("X-Sql-Statements")) > 0, "the statement counter reports");
            assertEquals(two.header("X-Sql-Statements"), hundred.header("X-Sql-Statements"), "statements with getJoins=" + joins);
        }
    }
}
