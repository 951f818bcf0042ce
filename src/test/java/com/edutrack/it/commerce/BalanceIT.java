package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Seed section 12 and platform.md section 4: balances as a ledger. */
class BalanceIT {

    @Test
    void staffAddBalanceByPkOrStudentCode() {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        String code = code(student);

        Response added = School.deposit(teacher, student.profileId(), course, "75.50");
        added.then().statusCode(200).body("amount_added", equalTo("75.50")).body("new_balance", equalTo("75.50"))
                .body("student_code", equalTo(code)).body("detail", equalTo("Balance added successfully."));
        assertEquals(Set.of("detail", "student", "student_code", "course", "amount_added", "new_balance", "transaction_id"),
                ((Map<?, ?>) added.as(Map.class)).keySet());
        Api.as(assistant).body(Map.of("student_id", code, "course_id", course, "amount", "4.5", "reason", "cash at the centre"))
                .post("/api/payments/balance/add/").then().statusCode(200).body("new_balance", equalTo("80.00"));
        School.assertLedgerMatches(student, course);

        var row = Db.rows("select t.transaction_type, t.amount, t.balance_after, t.actor_id, t.reason from balance_transactions t "
                + "join course_balances b on b.id = t.balance_id where b.student_id = ? order by t.id desc", student.profileId()).get(0);
        assertEquals("deposit", row.get("transaction_type"));
        assertEquals(new BigDecimal("4.50"), row.get("amount"));
        assertEquals(new BigDecimal("80.00"), row.get("balance_after"));
        assertEquals(assistant.userId(), ((Number) row.get("actor_id")).longValue());
        assertEquals("cash at the centre", row.get("reason"));

        Api.as(student).get("/api/notifications/?notification_type=balance_added").then().body("count", equalTo(2));
        Api.as(student).get("/api/payments/balance/my/").then().statusCode(200).body("size()", equalTo(1))
                .body("[0].course_id", equalTo((int) course)).body("[0].balance", equalTo("80.00"));
        Api.as(student).get("/api/payments/balance/transactions/").then().statusCode(200).body("count", equalTo(2))
                .body("results[0].type", equalTo("deposit")).body("results[0].amount", equalTo("4.50"))
                .body("results[0].actor_name", equalTo(Db.rows("select name from users where id = ?", assistant.userId()).get(0).get("name")));
        Api.as(teacher).get("/api/payments/balance/transactions/?student=" + code).then().body("count", equalTo(2));
        Api.as(Fixtures.teacher()).get("/api/payments/balance/transactions/").then().body("count", equalTo(0));
    }

    @Test
    void addBalanceErrorTable() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long foreign = School.course(Fixtures.teacher());
        for (String bad : List.of("0", "-5", "0.001")) {
            School.deposit(teacher, student.profileId(), course, bad).then().statusCode(400);
        }
        School.deposit(teacher, student.profileId(), course, "0").then()
                .body("amount[0]", equalTo("Ensure this value is greater than or equal to 0.01."));
        School.deposit(teacher, student.profileId(), course, "abc").then().body("amount[0]", equalTo("A valid number is required."));
        Api.as(teacher).body(Map.of()).post("/api/payments/balance/add/").then().statusCode(400)
                .body("student_id[0]", equalTo("This field is required.")).body("course_id[0]", equalTo("This field is required."))
                .body("amount[0]", equalTo("This field is required."));
        School.deposit(teacher, student.profileId(), foreign, "10").then().statusCode(403)
                .body("error", equalTo("You can only add balance for your own courses"));
        School.deposit(teacher, student.profileId(), course, "10").then().statusCode(403)
                .body("error", equalTo("Student is not enrolled in this course"));
        School.deposit(teacher, "987654321", course, "10").then().statusCode(404).body("error", equalTo("Student not found"));
        School.deposit(teacher, "NO-SUCH-CODE", course, "10").then().statusCode(404).body("error", equalTo("Student not found"));
        School.deposit(teacher, student.profileId(), 987654321L, "10").then().statusCode(404).body("error", equalTo("Course not found"));
        // A pending request is not an enrollment yet.
        CourseEnrollmentIT.request(student, course);
        School.deposit(teacher, student.profileId(), course, "10").then().statusCode(403);
        assertEquals(0, Db.count("select count(*) from course_balances where student_id = ?", student.profileId()));
        // Roles.
        Api.as(student).body(Map.of("student_id", "1", "course_id", course, "amount", "5")).post("/api/payments/balance/add/").then().statusCode(403);
        Api.as(Fixtures.siteOwner()).get("/api/payments/balance/students/").then().statusCode(403);
        Api.as(student).get("/api/payments/balance/students/").then().statusCode(403);
        Api.as(teacher).get("/api/payments/balance/my/").then().statusCode(403);
        Api.anonymous().get("/api/payments/balance/my/").then().statusCode(401);
        Api.anonymous().get("/api/payments/balance/transactions/").then().statusCode(401);
    }

    @Test
    void tenParallelDepositsAllLandOnce() throws Exception {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        Api.token(assistant);
        List<Callable<Response>> calls = IntStream.rangeClosed(1, 10)
                .<Callable<Response>>mapToObj(i -> () -> School.deposit(i % 2 == 0 ? teacher : assistant, student.profileId(), course, i + ".25"))
                .toList();
        List<Response> responses = School.parallel(calls);
        assertEquals(10, School.count(responses, 200), responses.toString());
        assertEquals(new BigDecimal("57.50"), School.balance(student, course)); // 1..10 = 55, plus 10 x 0.25
        assertEquals(10, Db.count("select count(*) from balance_transactions t join course_balances b on b.id = t.balance_id where b.student_id = ?",
                student.profileId()));
        School.assertLedgerMatches(student, course);
    }

    @Test
    void theDatabaseRefusesANegativeBalance() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        School.deposit(teacher, student.profileId(), course, "10").then().statusCode(200);
        assertThrows(IllegalStateException.class,
                () -> Db.update("update course_balances set balance = -1 where student_id = ?", student.profileId()));
        assertEquals(new BigDecimal("10.00"), School.balance(student, course));
    }

    @Test
    void studentBalancesListWithFilters() {
        var teacher = Fixtures.teacher();
        long course = School.course(teacher);
        long second = School.course(teacher);
        var a = Fixtures.student();
        var b = Fixtures.student();
        School.enroll(a, course, teacher);
        School.enroll(b, course, teacher);
        School.enroll(b, second, teacher);
        School.deposit(teacher, a.profileId(), course, "20").then().statusCode(200);
        CourseEnrollmentIT.request(Fixtures.student(), course); // pending: not listed

        Response all = Api.as(teacher).get("/api/payments/balance/students/");
        all.then().statusCode(200).body("size()", equalTo(3));
        assertEquals(Set.of("student_id", "student_name", "student_code", "course_id", "course_name", "balance", "enrolled_at"),
                ((Map<?, ?>) all.jsonPath().getList("$").get(0)).keySet());
        Api.as(teacher).get("/api/payments/balance/students/?course=" + second).then().body("size()", equalTo(1))
                .body("[0].student_id", equalTo((int) b.profileId())).body("[0].balance", equalTo("0.00"));
        Api.as(teacher).get("/api/payments/balance/students/?student=" + code(a)).then().body("size()", equalTo(1))
                .body("[0].balance", equalTo("20.00"));
        Api.as(teacher).get("/api/payments/balance/students/?student=" + b.profileId()).then().body("size()", equalTo(2));
        Api.as(teacher).get("/api/payments/balance/students/?course=x").then().statusCode(400);
        Api.as(Fixtures.teacher()).get("/api/payments/balance/students/").then().body("size()", equalTo(0));

        int small = School.statements(all);
        for (int i = 0; i < 30; i++) {
            School.approvedDirect(Fixtures.student().profileId(), course);
        }
        Response large = Api.as(teacher).get("/api/payments/balance/students/");
        large.then().body("size()", equalTo(33));
        assertEquals(small, School.statements(large));
        assertTrue(small <= 4, "statements: " + small);
    }

    static String code(Fixtures.Account student) {
        return (String) Db.rows("select student_code from students where id = ?", student.profileId()).get(0).get("student_code");
    }
}
