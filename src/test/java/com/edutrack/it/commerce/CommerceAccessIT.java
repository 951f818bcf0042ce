package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every enrollment, balance, purchase, notification and dashboard route walked with every role. */
class CommerceAccessIT {
    record Route(String method, String path, Set<String> roles) {
        Response call(RequestSpecification spec) {
            // Only routes that read a body get one, so that the accepted requests are as the document says.
            return takesBody() ? spec.body(Map.of()).request(method, path) : spec.request(method, path);
        }

        boolean takesBody() {
            return !method.equals("GET") && !path.startsWith("/api/notifications/") && !path.endsWith("/purchase/");
        }
    }

    static final Set<String> STAFF = Set.of("teacher", "assistant");
    static final Set<String> STUDENT = Set.of("student");
    static final Set<String> OWNER = Set.of("siteowner");
    static final Set<String> ANYONE = Set.of("teacher", "assistant", "student", "siteowner");

    static final String ROLE_DENIED = "You do not have permission to perform this action.";

    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api/courses/enrollments/", STUDENT),
            new Route("GET", "/api/courses/enrollments/my/", STUDENT),
            new Route("GET", "/api/courses/enrollments/", STAFF),
            new Route("GET", "/api/courses/enrollments/pending/", STAFF),
            new Route("POST", "/api/courses/enrollments/1/approve/", STAFF),
            new Route("POST", "/api/courses/enrollments/1/reject/", STAFF),
            new Route("POST", "/api/courses/enrollments/bulk-action/", STAFF),
            new Route("POST", "/api/payments/balance/add/", STAFF),
            new Route("GET", "/api/payments/balance/students/", STAFF),
            new Route("GET", "/api/payments/balance/my/", STUDENT),
            new Route("GET", "/api/payments/balance/transactions/", Set.of("teacher", "assistant", "student")),
            new Route("POST", "/api/payments/recharge-codes/", OWNER),
            new Route("GET", "/api/payments/recharge-codes/", OWNER),
            new Route("POST", "/api/payments/recharge-codes/redeem/", STUDENT),
            new Route("POST", "/api/courses/lectures/1/purchase/", STUDENT),
            new Route("GET", "/api/courses/purchases/my/", STUDENT),
            new Route("GET", "/api/courses/purchases/", STAFF),
            new Route("PATCH", "/api/courses/purchases/1/reopen/", STAFF),
            new Route("GET", "/api/courses/dashboard/teacher/", STAFF),
            new Route("GET", "/api/courses/dashboard/siteowner/", OWNER),
            new Route("GET", "/api/notifications/", ANYONE),
            new Route("GET", "/api/notifications/unread-count/", ANYONE),
            new Route("POST", "/api/notifications/mark-all-read/", ANYONE),
            new Route("POST", "/api/notifications/1/mark-read/", ANYONE));

    @Test
    void anonymousIs401AndWrongRolesAre403() {
        var teacher = Fixtures.teacher();
        Map<String, Fixtures.Account> accounts = Map.of("teacher", teacher, "assistant", Fixtures.assistant(teacher),
                "student", Fixtures.student(), "siteowner", Fixtures.siteOwner());
        for (Route route : ROUTES) {
            assertEquals(401, route.call(Api.anonymous()).statusCode(), route.toString());
            for (var entry : accounts.entrySet()) {
                Response r = route.call(Api.as(entry.getValue()));
                if (route.roles().contains(entry.getKey())) {
                    // Allowed roles may meet a route's own refusal (id 1 is someone else's, the body is empty), never the role check.
                    assertEquals(false, r.statusCode() == 401 || ROLE_DENIED.equals(r.jsonPath().getString("detail")),
                            route + " as " + entry.getKey() + " gave " + r.statusCode() + " " + r.asString());
                } else {
                    assertEquals(403, r.statusCode(), route + " as " + entry.getKey());
                    assertEquals(ROLE_DENIED, r.jsonPath().getString("detail"), route + " as " + entry.getKey());
                }
            }
        }
    }

    @Test
    void aSecondStudentSeesNothingOfTheFirst() {
        var teacher = Fixtures.teacher();
        var first = Fixtures.student();
        var second = Fixtures.student();
        long course = School.course(teacher);
        long lecture = School.lecture(course, "5.00", "0", 10);
        School.enroll(first, course, teacher);
        School.deposit(teacher, first.profileId(), course, "20").then().statusCode(200);
        Api.as(first).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(201);
        long notification = ((Number) Db.rows("select id from notifications where user_id = ? order by id limit 1", first.userId()).get(0).get("id")).longValue();

        Api.as(second).get("/api/courses/enrollments/my/").then().body("count", equalTo(0));
        Api.as(second).get("/api/payments/balance/my/").then().body("size()", equalTo(0));
        Api.as(second).get("/api/payments/balance/transactions/?course=" + course).then().body("count", equalTo(0));
        Api.as(second).get("/api/courses/purchases/my/").then().body("count", equalTo(0));
        Api.as(second).get("/api/notifications/").then().body("count", equalTo(0));
        Api.as(second).post("/api/notifications/" + notification + "/mark-read/").then().statusCode(404);
        Api.as(second).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(403);
        Api.as(second).get("/api/courses/lectures/" + lecture + "/").then().body("is_purchased", equalTo(false));
        assertEquals(new BigDecimal("15.00"), School.balance(first, course));
    }
}
