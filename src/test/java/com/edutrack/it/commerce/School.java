package com.edutrack.it.commerce;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;

/** Courses, lectures, memberships and money for the enrollment and commerce tests. */
final class School {
    private School() {
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static long course(Fixtures.Account teacher) {
        return Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), Fixtures.unique("course"), now(), now());
    }

    /** A visible lecture in a new active topic of the course. */
    static long lecture(long course, String price, String discount, int days) {
        long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, Fixtures.unique("topic"), now(), now());
        return Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, ?, ?, ?, true, 0, ?, ?)", topic, Fixtures.unique("lecture"), new BigDecimal(price), new BigDecimal(discount), days, now(), now());
    }

    /** Asks to join over HTTP and has the teacher approve: the enrollment id. */
    static long enroll(Fixtures.Account student, long course, Fixtures.Account teacher) {
        long id = ((Number) Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/")
                .then().statusCode(201).extract().path("id")).longValue();
        Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/" + id + "/approve/").then().statusCode(200);
        return id;
    }

    /** A new student approved in the course straight in the database (bulk fixtures). */
    static void approvedDirect(long studentProfile, long course) {
        Db.insert("insert into course_enrollments(student_id, course_id, status, enrolled_at) values (?, ?, 'approved', ?)", studentProfile, course, now());
    }

    static Response deposit(Fixtures.Account staff, Object student, long course, String amount) {
        return Api.as(staff).body(Map.of("student_id", String.valueOf(student), "course_id", course, "amount", amount))
                .post("/api/payments/balance/add/");
    }

    static BigDecimal balance(Fixtures.Account student, long course) {
        var rows = Db.rows("select balance from course_balances where student_id = ? and course_id = ?", student.profileId(), course);
        return rows.isEmpty() ? BigDecimal.ZERO.setScale(2) : (BigDecimal) rows.get(0).get("balance");
    }

    static BigDecimal ledgerSum(Fixtures.Account student, long course) {
        var rows = Db.rows("select coalesce(sum(t.amount), 0) as s from balance_transactions t join course_balances b on b.id = t.balance_id "
                + "where b.student_id = ? and b.course_id = ?", student.profileId(), course);
        return ((BigDecimal) rows.get(0).get("s")).setScale(2);
    }

    static int statements(Response r) {
        return Integer.parseInt(r.header("X-Sql-Statements"));
    }

    /** Runs the calls at once (released together) and returns their responses. */
    static List<Response> parallel(List<Callable<Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (Callable<Response> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).count();
    }

    static void assertLedgerMatches(Fixtures.Account student, long course) {
        assertEquals(balance(student, course), ledgerSum(student, course), "the ledger sums to the balance");
    }
}
