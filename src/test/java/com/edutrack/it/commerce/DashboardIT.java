package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Seed section 13: dashboard figures against a fixture computed by hand. */
class DashboardIT {

    @Test
    void teacherDashboardMatchesTheFixture() {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        long algebra = School.course(teacher);
        long geometry = School.course(teacher);
        School.course(teacher); // empty third course
        long a1 = School.lecture(algebra, "100.00", "25.00", 30); // 75.00
        long a2 = School.lecture(algebra, "40.00", "0", 30);      // 40.00
        long g1 = School.lecture(geometry, "60.00", "10.00", 30); // 50.00
        var s1 = Fixtures.student();
        var s2 = Fixtures.student();
        var s3 = Fixtures.student();
        School.enroll(s1, algebra, teacher);
        School.enroll(s1, geometry, teacher); // s1 counts once in total_students
        School.enroll(s2, algebra, teacher);
        CourseEnrollmentIT.request(s3, geometry); // pending: not a student yet
        School.deposit(teacher, s1.profileId(), algebra, "200");
        School.deposit(teacher, s1.profileId(), geometry, "50");
        School.deposit(teacher, s2.profileId(), algebra, "100");
        buy(s1, a1);
        buy(s1, a2);
        buy(s1, g1);
        buy(s2, a1);
        // Another teacher's activity never shows.
        var other = Fixtures.teacher();
        long foreign = School.course(other);
        School.enroll(s2, foreign, other);

        Response r = Api.as(assistant).get("/api/courses/dashboard/teacher/");
        r.then().statusCode(200)
                .body("total_courses", equalTo(3))
                .body("total_students", equalTo(2))
                .body("total_revenue", equalTo("240.00")) // 75 + 40 + 50 + 75
                .body("recent_enrollments.size()", equalTo(4))
                .body("recent_enrollments[0].status", equalTo("pending"))
                .body("recent_purchases.size()", equalTo(4))
                .body("recent_purchases[0].amount_paid", equalTo("75.00"))
                .body("course_breakdown.size()", equalTo(3));
        JsonPath json = r.jsonPath();
        Map<String, Object> alg = row(json.getList("course_breakdown"), algebra);
        assertEquals(2, alg.get("student_count"));
        assertEquals(3, alg.get("purchase_count"));
        assertEquals("190.00", alg.get("revenue"));
        Map<String, Object> geo = row(json.getList("course_breakdown"), geometry);
        assertEquals(1, geo.get("student_count"));
        assertEquals(1, geo.get("purchase_count"));
        assertEquals("50.00", geo.get("revenue"));
        assertEquals(Map.of("id", 0, "name", 0, "student_count", 0, "purchase_count", 0, "revenue", 0).keySet(), alg.keySet());
        assertEquals(json.getMap("$").keySet(), java.util.Set.of("total_courses", "total_students", "total_revenue", "recent_enrollments",
                "recent_purchases", "course_breakdown"));
        Api.as(teacher).get("/api/courses/dashboard/teacher/").then().body("total_revenue", equalTo("240.00"));

        // Statement count does not grow with the data.
        int before = School.statements(r);
        for (int i = 0; i < 15; i++) {
            School.approvedDirect(Fixtures.student().profileId(), School.course(teacher));
        }
        assertEquals(before, School.statements(Api.as(teacher).get("/api/courses/dashboard/teacher/")));

        // The site owner's per-teacher row says the same.
        Response site = Api.as(Fixtures.siteOwner()).get("/api/courses/dashboard/siteowner/");
        site.then().statusCode(200);
        Map<String, Object> mine = row(site.jsonPath().getList("teacher_breakdown"), teacher.profileId());
        assertEquals(18, mine.get("course_count"));
        assertEquals(17, mine.get("student_count"));
        assertEquals(4, mine.get("purchase_count"));
        assertEquals("240.00", mine.get("revenue"));
        assertEquals(Db.count("select count(*) from teachers"), site.jsonPath().getLong("total_teachers"));
        assertEquals(Db.count("select count(*) from lecture_purchases"), site.jsonPath().getLong("total_purchases"));
        assertTrue(School.statements(site) <= 4, "site owner dashboard statements: " + School.statements(site));
    }

    @Test
    void onlyStaffAndOwnerReachDashboards() {
        var student = Fixtures.student();
        Api.as(student).get("/api/courses/dashboard/teacher/").then().statusCode(403);
        Api.as(Fixtures.siteOwner()).get("/api/courses/dashboard/teacher/").then().statusCode(403);
        Api.as(Fixtures.teacher()).get("/api/courses/dashboard/siteowner/").then().statusCode(403);
        Api.anonymous().get("/api/courses/dashboard/teacher/").then().statusCode(401);
        Api.as(Fixtures.teacher()).get("/api/courses/dashboard/teacher/").then().statusCode(200).body("total_revenue", equalTo("0.00"))
                .body("course_breakdown.size()", equalTo(0));
    }

    private static void buy(Fixtures.Account student, long lecture) {
        Api.as(student).post("/api/courses/lectures/" + lecture + "/purchase/").then().statusCode(201);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(List<Object> rows, long id) {
        return rows.stream().map(o -> (Map<String, Object>) o).filter(m -> ((Number) m.get("id")).longValue() == id).findFirst().orElseThrow();
    }
}
