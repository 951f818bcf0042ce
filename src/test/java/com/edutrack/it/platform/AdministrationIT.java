package com.edutrack.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Site-owner administration of teachers, students, assistants and the educational structure. */
class AdministrationIT {

    @Test
    void teacherLifecycle() {
        Account owner = Fixtures.siteOwner();
        long subject = Fixtures.subject();
        long grade = Fixtures.grade();
        String username = Fixtures.unique("t");
        int id = Api.as(owner).body(Map.of("username", username, "password", "teach-pass-123", "name", "Mona", "gmail", username + "@gmail.com",
                        "phone", "01234567890", "subject_id", subject, "grade_ids", List.of(grade)))
                .post("/api/accounts/teachers/").then().statusCode(201).body("username", equalTo(username))
                .body("subject_id", equalTo((int) subject)).body("grade_ids", equalTo(List.of((int) grade))).body("is_active", equalTo(true))
                .extract().path("id");
        Api.login(username, "teach-pass-123");
        Api.as(owner).body(Map.of("username", Fixtures.unique("t"), "password", "teach-pass-123", "name", "X", "gmail", username + "@gmail.com"))
                .post("/api/accounts/teachers/").then().statusCode(400).body("gmail[0]", equalTo("This email is already associated with an account."));
        Api.as(owner).queryParam("search", username).get("/api/accounts/teachers/").then().statusCode(200).body("count", equalTo(1));
        Api.as(owner).queryParam("grades", grade).get("/api/accounts/teachers/").then().statusCode(200).body("results.username", hasItem(username));
        Api.as(owner).body(Map.of("is_active", false)).patch("/api/accounts/teachers/" + id + "/").then().statusCode(200).body("is_active", equalTo(false));
        Api.anonymous().body(Map.of("username", username, "password", "teach-pass-123")).post("/api/accounts/login/").then().statusCode(401);
        Api.as(owner).get("/api/accounts/teachers/" + id + "/").then().statusCode(200).body("name", equalTo("Mona"));
        Api.as(owner).delete("/api/accounts/teachers/" + id + "/").then().statusCode(204);
        Api.as(owner).get("/api/accounts/teachers/" + id + "/").then().statusCode(404).body("detail", equalTo("Not found."));

        Account withAssistant = Fixtures.teacher();
        Fixtures.assistant(withAssistant);
        Api.as(owner).delete("/api/accounts/teachers/" + withAssistant.profileId() + "/").then().statusCode(400);
        assertEquals(1, Db.count("select count(*) from teachers where id = ?", withAssistant.profileId()));
    }

    @Test
    void studentAdministrationAndProfile() {
        Account owner = Fixtures.siteOwner();
        Account student = Fixtures.student();
        Api.as(owner).queryParam("search", student.username()).get("/api/accounts/students/").then().statusCode(200).body("count", equalTo(1));
        Api.as(owner).body(Map.of("status", "bogus")).patch("/api/accounts/students/" + student.profileId() + "/").then().statusCode(400);
        Api.as(owner).body(Map.of("can_access_course", false, "status", "suspended")).patch("/api/accounts/students/" + student.profileId() + "/")
                .then().statusCode(200).body("can_access_course", equalTo(false)).body("status", equalTo("suspended"));
        Api.as(student).get("/api/accounts/profile/me/").then().statusCode(200).body("username", equalTo(student.username()))
                .body("can_access_course", equalTo(false));
        Api.as(student).body(Map.of("school_name", "New School", "status", "active")).patch("/api/accounts/profile/me/")
                .then().statusCode(200).body("school_name", equalTo("New School")).body("status", equalTo("suspended"));
        Account teacher = Fixtures.teacher();
        Api.as(teacher).get("/api/accounts/students/").then().statusCode(200).body("count", equalTo(0));
        Fixtures.assistant(teacher);
        Api.as(owner).queryParam("teacher", teacher.profileId()).get("/api/accounts/assistants/").then().statusCode(200).body("count", equalTo(1));
    }

    @Test
    void structureIsReadByAnyoneAndWrittenByTheSiteOwner() {
        Account owner = Fixtures.siteOwner();
        int gov = Api.as(owner).body(Map.of("name", Fixtures.unique("Alex"), "order", 3)).post("/api/structure/governorates/")
                .then().statusCode(201).body("is_active", equalTo(true)).body("order", equalTo(3)).extract().path("id");
        int area = Api.as(owner).body(Map.of("name", "Smouha", "governorate", gov)).post("/api/structure/areas/")
                .then().statusCode(201).body("governorate", equalTo(gov)).extract().path("id");
        Api.anonymous().queryParam("governorate", gov).get("/api/structure/areas/").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].id", equalTo(area));
        Api.as(owner).body(Map.of("name", "")).post("/api/structure/grades/").then().statusCode(400).body("name[0]", equalTo("This field may not be blank."));
        Api.as(owner).body(Map.of("name", "Smouha")).post("/api/structure/areas/").then().statusCode(400).body("governorate[0]", equalTo("This field is required."));
        Api.as(owner).body(Map.of("is_active", false)).patch("/api/structure/areas/" + area + "/").then().statusCode(200);
        Api.anonymous().get("/api/structure/areas/" + area + "/").then().statusCode(404);
        Api.as(owner).get("/api/structure/areas/" + area + "/").then().statusCode(200).body("is_active", equalTo(false));
        Api.as(owner).delete("/api/structure/governorates/" + gov + "/").then().statusCode(400);
        Api.as(owner).delete("/api/structure/areas/" + area + "/").then().statusCode(204);
        Api.as(owner).delete("/api/structure/governorates/" + gov + "/").then().statusCode(204);
    }

    @Test
    void everyAdministrationRouteRefusesOtherRoles() {
        Account teacher = Fixtures.teacher();
        Account assistant = Fixtures.assistant(Fixtures.teacher());
        Account student = Fixtures.student();
        String[][] ownerOnly = {
                {"GET", "/api/accounts/teachers/"}, {"POST", "/api/accounts/teachers/"}, {"GET", "/api/accounts/teachers/1/"},
                {"PUT", "/api/accounts/teachers/1/"}, {"PATCH", "/api/accounts/teachers/1/"}, {"DELETE", "/api/accounts/teachers/1/"},
                {"GET", "/api/accounts/students/1/"}, {"PATCH", "/api/accounts/students/1/"}, {"GET", "/api/accounts/assistants/"},
                {"POST", "/api/structure/grades/"}, {"PUT", "/api/structure/subjects/1/"}, {"PATCH", "/api/structure/areas/1/"},
                {"DELETE", "/api/structure/governorates/1/"}};
        for (String[] route : ownerOnly) {
            for (Account wrong : List.of(teacher, assistant, student)) {
                call(Api.as(wrong), route).then().statusCode(403);
            }
            call(Api.anonymous(), route).then().statusCode(401);
        }
        for (Account wrong : List.of(teacher, assistant, Fixtures.siteOwner())) {
            Api.as(wrong).get("/api/accounts/profile/me/").then().statusCode(403);
        }
        Api.as(student).get("/api/accounts/students/").then().statusCode(403);
        Api.anonymous().get("/api/accounts/students/").then().statusCode(401);
        Api.anonymous().body(Map.of()).post("/api/accounts/change-password/").then().statusCode(401);
    }

    private static io.restassured.response.Response call(RequestSpecification spec, String[] route) {
        return switch (route[0]) {
            case "GET" -> spec.get(route[1]);
            case "POST" -> spec.body("{}").post(route[1]);
            case "PUT" -> spec.body("{}").put(route[1]);
            case "PATCH" -> spec.body("{}").patch(route[1]);
            default -> spec.delete(route[1]);
        };
    }
}
