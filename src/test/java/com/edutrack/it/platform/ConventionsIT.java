package com.edutrack.it.platform;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Error bodies of both APIs, DRF pagination edge cases, and the bounded SQL cost of a list. */
class ConventionsIT {

    @Test
    void aBodyLargerThanAnyRouteAcceptsIsRefusedBeforeItIsRead() {
        byte[] huge = new byte[56 * 1024 * 1024];
        Api.anonymous().contentType("application/json").body(huge).post("/api/accounts/login/")
                .then().statusCode(413).body("detail", equalTo("Request body too large: the limit is 55 MB."));
        Api.anonymous().contentType("application/json").body(huge).post("/v1/enrollments")
                .then().statusCode(413).body("message", equalTo("errMsg_RequestTooLarge"));
    }

    @Test
    void malformedJsonAndWrongContentTypeStoreNothing() {
        Account owner = Fixtures.siteOwner();
        String name = Fixtures.unique("grade");
        Api.as(owner).body("{\"name\": \"" + name + "\", ").post("/api/structure/grades/").then().statusCode(400)
                .body("detail", org.hamcrest.Matchers.startsWith("JSON parse error"));
        Api.as(owner).body("[1, 2]").post("/api/structure/grades/").then().statusCode(400)
                .body("non_field_errors[0]", equalTo("Invalid data. Expected a dictionary, but got list."));
        Api.as(owner).contentType("text/plain").body("name=" + name).post("/api/structure/grades/").then().statusCode(415)
                .body("detail", equalTo("Unsupported media type \"text/plain; charset=ISO-8859-1\" in request."));
        assertEquals(0, Db.count("select count(*) from grades where name = ?", name));
    }

    @Test
    void errorBodiesFollowEachApi() {
        Api.anonymous().get("/api/no-such-thing/").then().statusCode(404).body("detail", equalTo("Not found."));
        Api.anonymous().get("/v1/no-such-thing").then().statusCode(404).body("result", equalTo("ERR")).body("status", equalTo(404))
                .body("errCode", equalTo(404)).body("message", equalTo("errMsg_NotFound")).body("detail", equalTo("Not found."))
                .body("$", hasKey("date"));
        Account student = Fixtures.student();
        Api.as(student).get("/api/accounts/teachers/").then().statusCode(403)
                .body("detail", equalTo("You do not have permission to perform this action."));
        Api.anonymous().get("/api/accounts/teachers/").then().statusCode(401)
                .body("detail", equalTo("Authentication credentials were not provided."));
        Response withoutSlash = Api.anonymous().get("/api/structure/grades");
        withoutSlash.then().statusCode(200);
        assertTrue(withoutSlash.header("X-Request-Id") != null);
    }

    @Test
    void pageNumberPaginationEdges() {
        Account owner = Fixtures.siteOwner();
        for (int i = 0; i < 3; i++) {
            Fixtures.grade();
        }
        long total = Db.count("select count(*) from grades");
        Api.as(owner).queryParam("page", 0).get("/api/structure/grades/").then().statusCode(404).body("detail", equalTo("Invalid page."));
        Api.as(owner).queryParam("page", "abc").get("/api/structure/grades/").then().statusCode(404).body("detail", equalTo("Invalid page."));
        Api.as(owner).queryParam("page", 100000).get("/api/structure/grades/").then().statusCode(404).body("detail", equalTo("Invalid page."));
        Api.as(owner).queryParam("page_size", 500).get("/api/structure/grades/").then().statusCode(200)
                .body("count", equalTo((int) total)).body("results.size()", equalTo((int) Math.min(total, 200)));
        Api.as(owner).queryParam("page_size", 1).queryParam("page", 2).get("/api/structure/grades/").then().statusCode(200)
                .body("results.size()", equalTo(1))
                .body("next", equalTo(total > 2 ? com.edutrack.support.TestEnv.baseUrl() + "/api/structure/grades/?page_size=1&page=3" : null))
                .body("previous", equalTo(com.edutrack.support.TestEnv.baseUrl() + "/api/structure/grades/?page_size=1"));
        Api.as(owner).queryParam("all", "true").get("/api/structure/grades/").then().statusCode(200)
                .body("count", equalTo((int) total)).body("results.size()", equalTo((int) total)).body("$", not(hasKey("next")));
    }

    @Test
    void aListCostsTheSameStatementsForAPageOf5AndOf200() {
        Account owner = Fixtures.siteOwner();
        long grade = Fixtures.grade();
        long subject = Fixtures.subject();
        for (int i = 0; i < 205; i++) {
            Account t = Fixtures.teacher();
            Db.update("update teachers set subject_id = ? where id = ?", subject, t.profileId());
            Db.update("insert into teacher_grades(teacher_id, grade_id) values (?, ?)", t.profileId(), grade);
        }
        Response small = Api.as(owner).queryParam("page_size", 5).get("/api/accounts/teachers/");
        Response large = Api.as(owner).queryParam("page_size", 200).get("/api/accounts/teachers/");
        small.then().statusCode(200).body("results.size()", equalTo(5)).body("results[0].grade_ids", not(nullValue()));
        large.then().statusCode(200).body("results.size()", equalTo(200));
        assertEquals(small.header("X-Sql-Statements"), large.header("X-Sql-Statements"),
                "statements for 5 rows vs 200 rows");
        assertTrue(Integer.parseInt(large.header("X-Sql-Statements")) <= 6, "statements: " + large.header("X-Sql-Statements"));
    }

    @Test
    void tutoringSessionRoutes() {
        Api.anonymous().get("/currentuser").then().statusCode(401).body("status", equalTo("ERR")).body("message", equalTo("No login found"));
        Api.anonymous().get("/permissions").then().statusCode(401).body("message", equalTo("No login found"));
        Account student = Fixtures.student();
        Api.as(student).get("/currentuser").then().statusCode(200).body("userId", equalTo(student.uuid().toString()))
                .body("roleId", equalTo("student")).body("$", hasKey("sessionId")).body("$", hasKey("accessToken")).body("$", hasKey("email"));
        Api.as(student).get("/permissions").then().statusCode(200).body("permissionName", org.hamcrest.Matchers.hasItem("enrollment.create"));
        Api.as(student).get("/permissions/enrollment.create").then().statusCode(200).body("canDo", equalTo(true)).body("exceptions.size()", equalTo(0));
        Api.as(student).get("/permissions/enrollment.admin").then().statusCode(200).body("canDo", equalTo(false));
        Api.as(Fixtures.siteOwner()).get("/permissions/enrollment.admin").then().statusCode(200).body("canDo", equalTo(true));
    }
}
