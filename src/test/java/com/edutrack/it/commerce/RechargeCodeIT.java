package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** platform.md section 4: recharge codes. */
class RechargeCodeIT {
    static final String INVALID = "Invalid or already used recharge code.";

    @Test
    void ownerGeneratesStudentRedeemsOnce() {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);

        List<String> codes = Api.as(owner).body(Map.of("count", 3, "amount", "50")).post("/api/payments/recharge-codes/")
                .then().statusCode(201).body("size()", equalTo(3)).body("[0].amount", equalTo("50.00")).body("[0].is_used", equalTo(false))
                .extract().jsonPath().getList("code");
        assertEquals(3, new HashSet<>(codes).size());
        codes.forEach(c -> assertTrue(c.matches("[A-HJ-NP-Z2-9]{16}"), c));

        Api.as(student).body(Map.of("code", codes.get(0).toLowerCase(), "course", course)).post("/api/payments/recharge-codes/redeem/")
                .then().statusCode(200).body("amount_added", equalTo("50.00")).body("new_balance", equalTo("50.00"));
        Api.as(student).body(Map.of("code", codes.get(0), "course", course)).post("/api/payments/recharge-codes/redeem/")
                .then().statusCode(400).body("code[0]", equalTo(INVALID));
        assertEquals(new BigDecimal("50.00"), School.balance(student, course));
        School.assertLedgerMatches(student, course);
        assertEquals("recharge_code", Db.rows("select t.transaction_type from balance_transactions t join course_balances b on b.id = t.balance_id "
                + "where b.student_id = ?", student.profileId()).get(0).get("transaction_type"));

        Response used = Api.as(owner).get("/api/payments/recharge-codes/?is_used=true&page_size=200");
        assertTrue(used.jsonPath().getList("results.code").contains(codes.get(0)));
        assertTrue(!used.jsonPath().getList("results.code").contains(codes.get(1)));
        assertTrue(Api.as(owner).get("/api/payments/recharge-codes/?is_used=false&all=true").jsonPath().getList("results.code").contains(codes.get(1)));
    }

    @Test
    void courseBoundCodeOnlyWorksInItsCourseAndMembershipIsNeeded() {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long other = School.course(teacher);
        School.enroll(student, course, teacher);
        School.enroll(student, other, teacher);
        String code = Api.as(owner).body(Map.of("count", 1, "amount", "20", "course", course)).post("/api/payments/recharge-codes/")
                .then().statusCode(201).body("[0].course", equalTo((int) course)).extract().path("[0].code");
        Api.as(student).body(Map.of("code", code, "course", other)).post("/api/payments/recharge-codes/redeem/")
                .then().statusCode(400).body("code[0]", equalTo(INVALID));
        var outsider = Fixtures.student();
        Api.as(outsider).body(Map.of("code", code, "course", course)).post("/api/payments/recharge-codes/redeem/")
                .then().statusCode(403).body("error", equalTo("You are not enrolled in this course"));
        Api.as(student).body(Map.of("code", code, "course", course)).post("/api/payments/recharge-codes/redeem/").then().statusCode(200);
    }

    @Test
    void generationValidationAndRoles() {
        var owner = Fixtures.siteOwner();
        Api.as(owner).body(Map.of("count", 0, "amount", "5")).post("/api/payments/recharge-codes/").then().statusCode(400)
                .body("count[0]", equalTo("Ensure this value is greater than or equal to 1."));
        Api.as(owner).body(Map.of("count", 501, "amount", "5")).post("/api/payments/recharge-codes/").then().statusCode(400)
                .body("count[0]", equalTo("Ensure this value is less than or equal to 500."));
        Api.as(owner).body(Map.of("count", 1)).post("/api/payments/recharge-codes/").then().statusCode(400)
                .body("amount[0]", equalTo("This field is required."));
        Api.as(owner).body(Map.of("count", 1, "amount", "5", "course", 987654321)).post("/api/payments/recharge-codes/").then().statusCode(400)
                .body("course[0]", equalTo("Invalid pk \"987654321\" - object does not exist."));
        var teacher = Fixtures.teacher();
        Api.as(teacher).body(Map.of("count", 1, "amount", "5")).post("/api/payments/recharge-codes/").then().statusCode(403);
        Api.as(teacher).get("/api/payments/recharge-codes/").then().statusCode(403);
        Api.as(Fixtures.student()).get("/api/payments/recharge-codes/").then().statusCode(403);
        Api.as(teacher).body(Map.of("code", "X", "course", 1)).post("/api/payments/recharge-codes/redeem/").then().statusCode(403);
        Api.anonymous().body(Map.of("code", "X", "course", 1)).post("/api/payments/recharge-codes/redeem/").then().statusCode(401);
    }

    @Test
    void fiveWrongGuessesLockTheStudentOut() {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        School.enroll(student, course, teacher);
        String good = Api.as(owner).body(Map.of("count", 1, "amount", "5")).post("/api/payments/recharge-codes/").then().extract().path("[0].code");
        for (int i = 0; i < 5; i++) {
            Api.as(student).body(Map.of("code", "WRONGCODE" + i, "course", course)).post("/api/payments/recharge-codes/redeem/")
                    .then().statusCode(400).body("code[0]", equalTo(INVALID));
        }
        Api.as(student).body(Map.of("code", good, "course", course)).post("/api/payments/recharge-codes/redeem/")
                .then().statusCode(429).body("detail", org.hamcrest.Matchers.startsWith("Request was throttled. Expected available in "));
        assertEquals(0, Db.count("select count(*) from recharge_codes where code = ? and used_at is not null", good));
        // Another student is not affected.
        var other = Fixtures.student();
        School.enroll(other, course, teacher);
        Api.as(other).body(Map.of("code", good, "course", course)).post("/api/payments/recharge-codes/redeem/").then().statusCode(200);
    }

    @Test
    void twoStudentsRedeemingOneCodeAtOnceOneWins() throws Exception {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        long course = School.course(teacher);
        for (int round = 0; round < 5; round++) {
            var a = Fixtures.student();
            var b = Fixtures.student();
            School.enroll(a, course, teacher);
            School.enroll(b, course, teacher);
            String code = Api.as(owner).body(Map.of("count", 1, "amount", "30")).post("/api/payments/recharge-codes/").then().extract().path("[0].code");
            List<Callable<Response>> calls = List.of(
                    () -> Api.as(a).body(Map.of("code", code, "course", course)).post("/api/payments/recharge-codes/redeem/"),
                    () -> Api.as(b).body(Map.of("code", code, "course", course)).post("/api/payments/recharge-codes/redeem/"));
            List<Response> responses = School.parallel(calls);
            assertEquals(1, School.count(responses, 200), "one winner");
            assertEquals(1, School.count(responses, 400));
            assertEquals(new BigDecimal("30.00"), School.balance(a, course).add(School.balance(b, course)));
            School.assertLedgerMatches(a, course);
            School.assertLedgerMatches(b, course);
        }
    }
}
