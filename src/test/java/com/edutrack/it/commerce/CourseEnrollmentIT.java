package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Seed section 6 and platform.md section 4: enrollment requests and decisions. */
class CourseEnrollmentIT {
    static final Set<String> ENROLLMENT_KEYS = Set.of("id", "student", "student_name", "student_code", "course", "course_name", "grade_name",
            "teacher_name", "status", "status_display", "enrolled_at", "approved_by", "approved_by_name", "responded_at", "response_note");

    @Test
    void studentRequestsTeacherApprovesEveryoneIsNotified() {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var student = Fixtures.student();
        long course = School.course(teacher);

        Response created = Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/");
        created.then().statusCode(201).body("status", equalTo("pending")).body("status_display", equalTo("Pending"))
                .body("approved_by", nullValue()).body("student", equalTo((int) student.profileId()));
        assertEquals(ENROLLMENT_KEYS, ((Map<?, ?>) created.as(Map.class)).keySet());
        long id = created.jsonPath().getLong("id");

        // The teacher and the assistant both hear of it.
        for (var staff : List.of(teacher, assistant)) {
            Api.as(staff).get("/api/notifications/?notification_type=enrollment_requested").then().statusCode(200)
                    .body("count", equalTo(1)).body("results[0].metadata.enrollment_id", equalTo((int) id))
                    .body("results[0].notification_type_display", equalTo("Enrollment requested"));
        }
        Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/")
                .then().statusCode(400).body("error", equalTo("You already have an enrollment for this course"));

        Api.as(assistant).get("/api/courses/enrollments/pending/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].id", equalTo((int) id));
        Response approved = Api.as(assistant).body(Map.of("response_note", "welcome")).post("/api/courses/enrollments/" + id + "/approve/");
        approved.then().statusCode(200).body("status", equalTo("approved")).body("approved_by", equalTo((int) assistant.userId()))
                .body("response_note", equalTo("welcome"));
        assertEquals(ENROLLMENT_KEYS, ((Map<?, ?>) approved.as(Map.class)).keySet());
        Api.as(student).get("/api/notifications/unread-count/").then().statusCode(200).body("count", equalTo(1));
        Api.as(student).get("/api/notifications/").then().body("results[0].notification_type", equalTo("enrollment_approved"));
        Api.as(student).get("/api/courses/enrollments/my/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].status", equalTo("approved"));
        Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/")
                .then().statusCode(400).body("error", equalTo("You already have an enrollment for this course"));
        Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/" + id + "/reject/")
                .then().statusCode(400).body("error", equalTo("Cannot reject enrollment with status: approved"));
        // Approved staff now see the student in their student list.
        Api.as(teacher).get("/api/accounts/students/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].id", equalTo((int) student.profileId()));
    }

    @Test
    void rejectedRequestCanBeMadeAgain() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long course = School.course(teacher);
        long id = Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/").jsonPath().getLong("id");
        Api.as(teacher).body(Map.of("response_note", "full")).post("/api/courses/enrollments/" + id + "/reject/")
                .then().statusCode(200).body("status", equalTo("rejected"));
        Api.as(student).get("/api/notifications/?notification_type=enrollment_rejected").then().body("count", equalTo(1));
        Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/")
                .then().statusCode(201).body("id", equalTo((int) id)).body("status", equalTo("pending")).body("response_note", nullValue());
        Api.as(teacher).get("/api/accounts/students/").then().body("count", equalTo(0));
    }

    @Test
    void requestValidation() {
        var student = Fixtures.student();
        Api.as(student).body(Map.of()).post("/api/courses/enrollments/").then().statusCode(400).body("course[0]", equalTo("This field is required."));
        Api.as(student).body(Map.of("course", "x")).post("/api/courses/enrollments/").then().statusCode(400)
                .body("course[0]", equalTo("A valid integer is required."));
        Api.as(student).body(Map.of("course", 987654321)).post("/api/courses/enrollments/").then().statusCode(400)
                .body("course[0]", equalTo("Invalid pk \"987654321\" - object does not exist."));
        long inactive = School.course(Fixtures.teacher());
        Db.update("update courses set is_active = false where id = ?", inactive);
        Api.as(student).body(Map.of("course", inactive)).post("/api/courses/enrollments/").then().statusCode(400);
        assertEquals(0, Db.count("select count(*) from course_enrollments where student_id = ?", student.profileId()));
    }

    @Test
    void decisionsFollowTheSeedErrorTable() {
        var teacher = Fixtures.teacher();
        var other = Fixtures.teacher();
        var otherAssistant = Fixtures.assistant(other);
        var student = Fixtures.student();
        long course = School.course(teacher);
        long id = Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/").jsonPath().getLong("id");

        for (var stranger : List.of(other, otherAssistant)) {
            Api.as(stranger).body(Map.of()).post("/api/courses/enrollments/" + id + "/approve/").then().statusCode(403)
                    .body("error", equalTo("You can only manage enrollments for your own courses"));
            Api.as(stranger).body(Map.of()).post("/api/courses/enrollments/" + id + "/reject/").then().statusCode(403);
            Api.as(stranger).get("/api/courses/enrollments/pending/").then().body("count", equalTo(0));
            Api.as(stranger).get("/api/courses/enrollments/").then().body("count", equalTo(0));
        }
        Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/987654321/approve/").then().statusCode(404)
                .body("error", equalTo("Enrollment not found"));
        assertEquals("pending", Db.rows("select status from course_enrollments where id = ?", id).get(0).get("status"));
        assertEquals(0, Db.count("select count(*) from notifications where user_id = ?", student.userId()));
    }

    @Test
    void onlyTheRightRolesReachEachRoute() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        var owner = Fixtures.siteOwner();
        Api.anonymous().get("/api/courses/enrollments/").then().statusCode(401);
        Api.anonymous().get("/api/courses/enrollments/my/").then().statusCode(401);
        Api.anonymous().body(Map.of("course", 1)).post("/api/courses/enrollments/").then().statusCode(401);
        for (String path : List.of("/api/courses/enrollments/", "/api/courses/enrollments/pending/")) {
            Api.as(student).get(path).then().statusCode(403);
            Api.as(owner).get(path).then().statusCode(403);
        }
        Api.as(student).body(Map.of()).post("/api/courses/enrollments/1/approve/").then().statusCode(403);
        Api.as(student).body(Map.of("enrollment_ids", List.of(1), "action", "approve")).post("/api/courses/enrollments/bulk-action/").then().statusCode(403);
        Api.as(teacher).body(Map.of("course", 1)).post("/api/courses/enrollments/").then().statusCode(403);
        Api.as(teacher).get("/api/courses/enrollments/my/").then().statusCode(403);
    }

    @Test
    void bulkActionReportsEachRefusalAndProcessesTheRest() {
        var teacher = Fixtures.teacher();
        var other = Fixtures.teacher();
        long course = School.course(teacher);
        long foreignCourse = School.course(other);
        long a = request(Fixtures.student(), course);
        long b = request(Fixtures.student(), course);
        long done = request(Fixtures.student(), course);
        long foreign = request(Fixtures.student(), foreignCourse);
        Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/" + done + "/approve/").then().statusCode(200);

        Api.as(teacher).body(Map.of("enrollment_ids", List.of(a, done, foreign, 987654321L, b), "action", "approve"))
                .post("/api/courses/enrollments/bulk-action/").then().statusCode(200)
                .body("processed", equalTo(2)).body("total_requested", equalTo(5)).body("action", equalTo("approve"))
                .body("errors.size()", equalTo(3))
                .body("errors[0].enrollment_id", equalTo((int) done))
                .body("errors[0].error", equalTo("Cannot approve enrollment with status: approved"))
                .body("errors[1].enrollment_id", equalTo((int) foreign))
                .body("errors[1].error", equalTo("You can only manage enrollments for your own courses"))
                .body("errors[2].enrollment_id", equalTo(987654321))
                .body("errors[2].error", equalTo("Enrollment not found"));
        assertEquals(3, Db.count("select count(*) from course_enrollments where course_id = ? and status = 'approved'", course));
        assertEquals("pending", Db.rows("select status from course_enrollments where id = ?", foreign).get(0).get("status"));

        Api.as(teacher).body(Map.of("enrollment_ids", List.of(), "action", "approve")).post("/api/courses/enrollments/bulk-action/")
                .then().statusCode(400).body("enrollment_ids[0]", equalTo("Ensure this field has at least 1 elements."));
        Api.as(teacher).body(Map.of("enrollment_ids", List.of(a), "action", "maybe")).post("/api/courses/enrollments/bulk-action/")
                .then().statusCode(400).body("action[0]", equalTo("\"maybe\" is not a valid choice."));
        Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/bulk-action/")
                .then().statusCode(400).body("enrollment_ids[0]", equalTo("This field is required.")).body("action[0]", equalTo("This field is required."));
    }

    @Test
    void teacherAndAssistantApprovingAtOnceMakeOneDecision() throws Exception {
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var student = Fixtures.student();
        long course = School.course(teacher);
        Api.token(teacher);
        Api.token(assistant);
        for (int round = 0; round < 5; round++) {
            var s = round == 0 ? student : Fixtures.student();
            long id = request(s, course);
            List<Callable<Response>> calls = List.of(
                    () -> Api.as(teacher).body(Map.of()).post("/api/courses/enrollments/" + id + "/approve/"),
                    () -> Api.as(assistant).body(Map.of()).post("/api/courses/enrollments/" + id + "/approve/"));
            List<Response> responses = School.parallel(calls);
            assertEquals(1, School.count(responses, 200), "one approval");
            Response loser = responses.stream().filter(r -> r.statusCode() != 200).findFirst().orElseThrow();
            assertEquals(400, loser.statusCode());
            assertEquals("Cannot approve enrollment with status: approved", loser.jsonPath().getString("error"));
            assertEquals(1, Db.count("select count(*) from notifications where user_id = ? and notification_type = 'enrollment_approved'", s.userId()));
        }
    }

    @Test
    void parallelRequestsOfOneStudentMakeOneEnrollment() throws Exception {
        var student = Fixtures.student();
        long course = School.course(Fixtures.teacher());
        Api.token(student);
        List<Callable<Response>> calls = java.util.stream.IntStream.range(0, 6)
                .<Callable<Response>>mapToObj(i -> () -> Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/")).toList();
        List<Response> responses = School.parallel(calls);
        assertEquals(1, School.count(responses, 201));
        assertEquals(5, School.count(responses, 400));
        assertEquals(1, Db.count("select count(*) from course_enrollments where student_id = ?", student.profileId()));
    }

    @Test
    void listFiltersAndBoundedStatements() {
        var teacher = Fixtures.teacher();
        long course = School.course(teacher);
        long second = School.course(teacher);
        var named = Fixtures.student();
        request(named, course);
        request(Fixtures.student(), second);
        String code = (String) Db.rows("select student_code from students where id = ?", named.profileId()).get(0).get("student_code");
        Api.as(teacher).get("/api/courses/enrollments/?course=" + second).then().body("count", equalTo(1));
        Api.as(teacher).get("/api/courses/enrollments/?search=" + code).then().body("count", equalTo(1))
                .body("results[0].student_code", equalTo(code));
        Api.as(teacher).get("/api/courses/enrollments/?status=approved").then().body("count", equalTo(0));
        Api.as(teacher).get("/api/courses/enrollments/?status=bogus").then().statusCode(400);
        int small = School.statements(Api.as(teacher).get("/api/courses/enrollments/"));
        for (int i = 0; i < 40; i++) {
            var s = Fixtures.student();
            Db.insert("insert into course_enrollments(student_id, course_id, status, enrolled_at) values (?, ?, 'pending', ?)", s.profileId(), course, School.now());
        }
        Response large = Api.as(teacher).get("/api/courses/enrollments/?page_size=200");
        large.then().body("count", equalTo(42));
        assertEquals(small, School.statements(large), "same statements for 2 and 42 rows");
        assertTrue(small <= 6, "statements: " + small);
        assertEquals(small, School.statements(Api.as(teacher).get("/api/courses/enrollments/pending/?all=true")));
    }

    static long request(Fixtures.Account student, long course) {
        return Api.as(student).body(Map.of("course", course)).post("/api/courses/enrollments/").then().statusCode(201).extract().jsonPath().getLong("id");
    }
}
