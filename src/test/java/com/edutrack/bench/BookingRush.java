package com.edutrack.bench;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;

/**
 * The booking rush: N students race for the S one-lesson slots of a tutoring pack (each student
 * books one slot; several students want each slot). Correct when exactly S bookings win, every
 * other answer is 409, and no slot is booked twice.
 */
final class BookingRush {
    private final Load load;
    private final int students = Integer.getInteger("bench.bookers", 300);
    private final int slots = Integer.getInteger("bench.slots", 60);

    BookingRush(Load load) {
        this.load = load;
    }

    Outcome run(String run, ServerProcess server) throws Exception {
        Account teacher = Fixtures.teacher();
        String tutorToken = load.login(teacher.username(), teacher.password());
        String profile = Load.expect(Load.send(load.post("/v1/tutorprofiles", tutorToken, "{\"bio\": \"Bench tutor\", \"experienceYears\": 3}")), 201)
                .path("tutorProfile").path("id").asText();
        String pack = Load.expect(Load.send(load.post("/v1/coursepacks", tutorToken, Load.JSON.writeValueAsString(Map.of("title", "Bench pack " + run,
                "category", "math", "price", 50, "currency", "USD", "lessonCount", 1, "schedulingType", "fixedSchedule",
                "requiresPreliminaryMeeting", false)))), 201).path("coursePack").path("id").asText();
        List<String> slotIds = new ArrayList<>();
        for (int s = 0; s < slots; s++) {
            String body = Load.JSON.writeValueAsString(Map.of("coursePackId", pack, "scheduledDate", LocalDate.now().plusDays(s + 1).toString(),
                    "scheduledTime", "10:00", "durationMinutes", 60, "locationType", "online"));
            slotIds.add(Load.expect(Load.send(load.post("/v1/lessonslots", tutorToken, body)), 201).path("lessonSlot").path("id").asText());
        }
        List<String> tokens = load.signIn(BenchData.students("book-" + run, students), Fixtures.PASSWORD);

        Outcome o = new Outcome("Booking rush", String.format("%d students race for the %d one-lesson slots of a pack (%d per slot).",
                students, slots, Math.max(1, students / slots)));
        Series series = new Series("POST /v1/enrollments");
        AtomicInteger won = new AtomicInteger();
        long cpu = server == null ? 0 : server.cpuMillis();
        series.wallNanos = load.run(students, i -> () -> {
            String body = Load.JSON.writeValueAsString(Map.of("coursePackId", pack, "tutorProfileId", profile,
                    "lessonSlotIds", List.of(slotIds.get(i % slots)), "totalAmount", 50, "currency", "USD"));
            long t0 = System.nanoTime();
            HttpResponse<String> r = Load.send(load.post("/v1/enrollments", tokens.get(i), body));
            series.record(t0, r, 201, 409);
            if (r.statusCode() == 201) {
                won.incrementAndGet();
            }
        });
        o.primary = series;
        o.cpu(server, cpu);
        o.rows.add(series);

        long enrollments = Db.count("select count(*) from enrollments where course_pack_id = cast(? as uuid) and enrollment_status <> 'canceled'", pack);
        long booked = Db.count("select count(*) from lesson_slots where course_pack_id = cast(? as uuid) and status = 'booked'", pack);
        long doubly = Db.count("select count(*) from (select s.lesson_slot_id from enrollment_lesson_slots s join enrollments e on e.id = s.enrollment_id "
                + "where e.course_pack_id = cast(? as uuid) and e.enrollment_status <> 'canceled' group by s.lesson_slot_id having count(*) > 1) x", pack);
        o.check(won.get() == slots, won.get() + " bookings won (expected exactly " + slots + ")");
        o.check(series.errors.get() == 0, series.errors.get() + " answers other than 201/409");
        o.check(enrollments == slots && booked == slots, enrollments + " live enrollments, " + booked + " booked slots (expected " + slots + ")");
        o.check(doubly == 0, doubly + " slots in more than one live enrollment");
        return o;
    }
}
