package com.edutrack.it.tutoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

class EnrollmentRaceIT {

    @Test
    void fiftyStudentsRaceForThreeSlotsAndExactlyOneWins() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 3, 3, false);
        List<Account> students = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Account s = Fixtures.student();
            Api.token(s); // sign in before the race so only the booking runs in parallel
            students.add(s);
        }
        ExecutorService pool = Executors.newFixedThreadPool(50);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (Account s : students) {
            results.add(pool.submit(() -> {
                start.await();
                return Api.as(s).body(Tutoring.booking(pack, pack.slotIds())).post("/v1/enrollments");
            }));
        }
        start.countDown();
        int created = 0;
        int conflicts = 0;
        for (Future<Response> f : results) {
            Response r = f.get();
            if (r.statusCode() == 201) {
                created++;
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("errMsg_LessonSlotNotAvailable", r.jsonPath().getString("message"));
                conflicts++;
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(49, conflicts);
        for (String slot : pack.slotIds()) {
            assertEquals(1, Db.count("select count(*) from enrollment_lesson_slots l join enrollments e on e.id = l.enrollment_id"
                    + " where l.lesson_slot_id = ? and e.enrollment_status in ('pending', 'active')", UUID.fromString(slot)), "slot " + slot);
            assertEquals("booked", Tutoring.slotStatus(slot));
        }
        assertEquals(1, Db.count("select count(*) from enrollments where course_pack_id = ?", UUID.fromString(pack.id())));
    }

    @Test
    void oneStudentsParallelBookingsOfOnePackYieldOneEnrollment() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 5, false);
        Account student = Fixtures.student();
        Api.token(student);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> results = new ArrayList<>();
        for (String slot : pack.slotIds()) {
            results.add(pool.submit(() -> {
                start.await();
                return Api.as(student).body(Tutoring.booking(pack, List.of(slot))).post("/v1/enrollments");
            }));
        }
        start.countDown();
        int created = 0;
        for (Future<Response> f : results) {
            Response r = f.get();
            if (r.statusCode() == 201) {
                created++;
            } else {
                assertEquals(409, r.statusCode(), r.asString());
                assertEquals("errMsg_AlreadyEnrolled", r.jsonPath().getString("message"));
            }
        }
        pool.shutdown();
        assertEquals(1, created);
        assertEquals(1, Db.count("select count(*) from enrollments where course_pack_id = ?", UUID.fromString(pack.id())));
        assertEquals(1, Db.count("select count(*) from lesson_slots where course_pack_id = ? and status = 'booked'", UUID.fromString(pack.id())));
    }
}
