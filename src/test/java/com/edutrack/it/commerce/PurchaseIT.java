package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Seed section 7 and platform.md section 4: buying lectures from the balance, and reopening access. */
class PurchaseIT {
    static final Set<String> SEED_KEYS = Set.of("id", "student", "lecture", "lecture_name", "topic_name", "course_name", "teacher_name",
            "purchased_at", "expires_at", "effective_expiry", "amount_paid", "extra_days", "is_expired", "reopened_by", "reopened_by_name",
            "reopened_at", "reopen_logs");

    @Test
    void studentBuysALectureWithTheBalance() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long lecture = School.lecture(course, "120.00", "20.00", 30);
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "150").then().statusCode(200);

        Response bought = Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/");
        bought.then().statusCode(201).body("amount_paid", equalTo("100.00")).body("is_expired", equalTo(false))
                .body("extra_days", equalTo(0)).body("reopen_logs.size()", equalTo(0)).body("reopened_by", nullValue());
        assertTrue(((Map<?, ?>) bought.as(Map.class)).keySet().containsAll(SEED_KEYS));
        Instant purchased = Instant.parse(bought.jsonPath().getString("purchased_at"));
        Instant expires = Instant.parse(bought.jsonPath().getString("expires_at"));
        assertEquals(Duration.ofDays(30), Duration.between(purchased, expires));
        assertEquals(new BigDecimal("50.00"), School.balance(student, course));
        School.assertLedgerMatches(student, course);

        Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(400)
                .body("error", equalTo("You already have access to this lecture"));
        long pricey = School.lecture(course, "80.00", "0", 10);
        Api.as(student).post("/api/courses/lectures/" + pricey + "/purchase/").then().statusCode(400).body("error", equalTo("Insufficient balance"));
        assertEquals(new BigDecimal("50.00"), School.balance(student, course));

        // Content now treats the lecture as bought.
        Api.as(student).get("/api/courses/lectures/" + lecture + "/").then().statusCode(200).body("is_purchased", equalTo(true));
        Api.as(student).get("/api/courses/lectures/" + pricey + "/").then().statusCode(200).body("is_purchased", equalTo(false));
        Api.as(student).get("/api/notifications/?notification_type=lecture_purchased").then().body("count", equalTo(1));
        Api.as(student).get("/api/courses/purchases/my/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].lecture", equalTo((int) lecture));
        Api.as(student).get("/api/payments/balance/transactions/").then().body("results[0].type", equalTo("purchase"))
                .body("results[0].amount", equalTo("-100.00")).body("results[0].balance_after", equalTo("50.00"));
    }

    @Test
    void purchasePreconditions() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long lecture = School.lecture(course, "10.00", "0", 5);
        Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(403)
                .body("error", equalTo("You must be enrolled in this course to purchase its lectures"));
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "100").then().statusCode(200);
        Db.update("update lectures set is_visible = false where id = ?", lecture);
        Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(404).body("detail", equalTo("Not found."));
        Db.update("update lectures set is_visible = true where id = ?", lecture);
        Api.as(student).post("/api/courses/lectures/987654321/purchase/").then().statusCode(404);
        Db.update("update students set can_access_course = false where id = ?", student.profileId());
        Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(403)
                .body("detail", equalTo("Your access to course content is suspended."));
        Db.update("update students set can_access_course = true where id = ?", student.profileId());
        Api.as(teacher).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(403);
        Api.anonymous().post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(401);
        assertEquals(0, Db.count("select count(*) from lecture_purchases where student_id = ?", student.profileId()));
        assertEquals(new BigDecimal("100.00"), School.balance(student, course));

        // A free lecture is bought for 0.00 and still recorded.
        long free = School.lecture(course, "0", "0", 5);
        Api.as(student).post("/api/courses/lectures/" + free + "/purchase/").then().statusCode(201).body("amount_paid", equalTo("0.00"));
        // After expiry the lecture can be bought again.
        Db.update("update lecture_purchases set effective_expiry = ? where lecture_id = ?", Timestamp.from(Instant.now().minusSeconds(5)), free);
        Api.as(student).post("/api/courses/lectures/" + free + "/purchase/").then().statusCode(201);
    }

    @Test
    void twentyParallelPurchasesWithMoneyForThree() throws Exception {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "300").then().statusCode(200);
        List<Long> lectures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            lectures.add(School.lecture(course, "100.00", "0", 7));
        }
        Api.token(student);
        List<Callable<Response>> calls = lectures.stream()
                .<Callable<Response>>map(l -> () -> Api.as(student).post("/api/courses/lectures/" + l + "/purchase/")).toList();
        List<Response> responses = School.parallel(calls);
        assertEquals(3, School.count(responses, 201), "exactly three purchases");
        assertEquals(17, responses.stream().filter(r -> r.statusCode() == 400 && "Insufficient balance".equals(r.jsonPath().getString("error"))).count());
        assertEquals(BigDecimal.ZERO.setScale(2), School.balance(student, course));
        assertEquals(3, Db.count("select count(*) from lecture_purchases where student_id = ?", student.profileId()));
        School.assertLedgerMatches(student, course);
    }

    @Test
    void parallelPurchasesOfOneLectureBuyItOnce() throws Exception {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "1000").then().statusCode(200);
        long lecture = School.lecture(course, "10.00", "0", 7);
        Api.token(student);
        List<Callable<Response>> calls = java.util.stream.IntStream.range(0, 8)
                .<Callable<Response>>mapToObj(i -> () -> Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/")).toList();
        List<Response> responses = School.parallel(calls);
        assertEquals(1, School.count(responses, 201));
        assertEquals(new BigDecimal("990.00"), School.balance(student, course));
    }

    @Test
    void staffReopenAccess() {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var other = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long lecture = School.lecture(course, "10.00", "0", 3);
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "10").then().statusCode(200);
        long id = Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(201).extract().jsonPath().getLong("id");
        // Expired two days ago.
        Instant expired = Instant.now().minus(Duration.ofDays(2));
        Db.update("update lecture_purchases set expires_at = ?, effective_expiry = ? where id = ?", Timestamp.from(expired), Timestamp.from(expired), id);
        Api.as(student).get("/api/courses/purchases/my/?is_expired=true").then().body("count", equalTo(1)).body("results[0].is_expired", equalTo(true));

        Api.as(other).body(Map.of("extra_days", 5)).patch("/api/courses/purchases/" + id + "/reopen/").then().statusCode(403)
                .body("error", equalTo("You can only extend access for lectures in your own courses"));
        Api.as(teacher).body(Map.of("extra_days", 0)).patch("/api/courses/purchases/" + id + "/reopen/").then().statusCode(400)
                .body("extra_days[0]", equalTo("Ensure this value is greater than or equal to 1."));
        Api.as(teacher).body(Map.of()).patch("/api/courses/purchases/" + id + "/reopen/").then().statusCode(400)
                .body("extra_days[0]", equalTo("This field is required."));
        Api.as(teacher).body(Map.of("extra_days", 5)).patch("/api/courses/purchases/987654321/reopen/").then().statusCode(404)
                .body("detail", equalTo("Not found."));
        Api.as(student).body(Map.of("extra_days", 5)).patch("/api/courses/purchases/" + id + "/reopen/").then().statusCode(403);

        Api.as(assistant).body(Map.of("extra_days", 1, "note", "sick")).patch("/api/courses/purchases/" + id + "/reopen/").then().statusCode(200)
                .body("is_expired", equalTo(true)).body("extra_days", equalTo(1));
        Response reopened = Api.as(teacher).body(Map.of("extra_days", 5)).patch("/api/courses/purchases/" + id + "/reopen/");
        reopened.then().statusCode(200).body("is_expired", equalTo(false)).body("extra_days", equalTo(6))
                .body("reopened_by", equalTo((int) teacher.userId())).body("reopen_logs.size()", equalTo(2))
                .body("reopen_logs[0].extra_days", equalTo(1)).body("reopen_logs[0].note", equalTo("sick"))
                .body("reopen_logs[1].extra_days", equalTo(5)).body("reopen_logs[1].note", equalTo(""));
        assertTrue(((Map<?, ?>) reopened.as(Map.class)).keySet().containsAll(SEED_KEYS));
        Instant effective = OffsetDateTime.parse(reopened.jsonPath().getString("effective_expiry")).toInstant();
        assertEquals(Duration.ofDays(6), Duration.between(Instant.parse(reopened.jsonPath().getString("expires_at")), effective));
        Api.as(student).get("/api/notifications/?notification_type=access_reopened").then().body("count", equalTo(2));
        Api.as(student).get("/api/courses/lectures/" + lecture + "/").then().body("is_purchased", equalTo(true));
    }

    @Test
    void staffListFiltersAndBoundedStatements() {
        var teacher = Fixtures.teacher();
        long course = School.course(teacher);
        long lecture = School.lecture(course, "1.00", "0", 30);
        var a = Fixtures.student();
        School.enroll(a, course, teacher);
        School.deposit(teacher, a.profileId(), course, "5").then().statusCode(200);
        Api.as(a).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(201);
        Api.as(teacher).get("/api/courses/purchases/?student=" + BalanceIT.code(a)).then().statusCode(200).body("count", equalTo(1));
        Api.as(teacher).get("/api/courses/purchases/?lecture=" + lecture).then().body("count", equalTo(1));
        Api.as(teacher).get("/api/courses/purchases/?is_expired=true").then().body("count", equalTo(0));
        Api.as(teacher).get("/api/courses/purchases/?course=x").then().statusCode(400);
        Api.as(Fixtures.teacher()).get("/api/courses/purchases/").then().body("count", equalTo(0));
        Api.as(a).get("/api/courses/purchases/").then().statusCode(403);
        Api.as(teacher).get("/api/courses/purchases/my/").then().statusCode(403);

        int small = School.statements(Api.as(teacher).get("/api/courses/purchases/"));
        for (int i = 0; i < 40; i++) {
            var s = Fixtures.student();
            long l = School.lecture(course, "1.00", "0", 30);
            long p = Db.insert("insert into lecture_purchases(student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                    + "values (?, ?, 1.00, ?, ?, ?, 1)", s.profileId(), l, School.now(), School.now(), School.now());
            Db.insert("insert into purchase_reopen_logs(purchase_id, extra_days, reopened_by, reopened_at, note) values (?, 1, ?, ?, 'x')",
                    p, teacher.userId(), School.now());
        }
        Response large = Api.as(teacher).get("/api/courses/purchases/?page_size=200");
        large.then().body("count", equalTo(41)).body("results[0].reopen_logs.size()", equalTo(1));
        int many = School.statements(large);
        assertTrue(many <= small + 2, "statements with 41 rows: " + many + ", with 1: " + small);
        assertTrue(many <= 6, "statements: " + many);
    }
}
