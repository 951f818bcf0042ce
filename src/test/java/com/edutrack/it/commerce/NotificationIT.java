package com.edutrack.it.commerce;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Seed section 14: a user's own notifications. */
class NotificationIT {

    static long notify(Fixtures.Account user, String type, boolean read) {
        return Db.insert("insert into notifications(user_id, notification_type, title, message, is_read, metadata, created_at) values (?, ?, 't', 'm', ?, ?, ?)",
                user.userId(), type, read, "{\"course_id\": 7}", School.now());
    }

    @Test
    void listFilterCountAndMarkRead() {
        var student = Fixtures.student();
        long first = notify(student, "balance_added", false);
        notify(student, "lecture_purchased", false);
        notify(student, "lecture_purchased", true);
        var stranger = Fixtures.student();
        long foreign = notify(stranger, "balance_added", false);

        Response all = Api.as(student).get("/api/notifications/");
        all.then().statusCode(200).body("count", equalTo(3)).body("results[0].metadata.course_id", equalTo(7));
        assertEquals(Set.of("id", "notification_type", "notification_type_display", "title", "message", "is_read", "metadata", "created_at"),
                ((Map<?, ?>) all.jsonPath().getList("results").get(0)).keySet());
        Api.as(student).get("/api/notifications/?is_read=false").then().body("count", equalTo(2));
        Api.as(student).get("/api/notifications/?notification_type=lecture_purchased&is_read=true").then().body("count", equalTo(1));
        Api.as(student).get("/api/notifications/?notification_type=nope").then().statusCode(400);
        Api.as(student).get("/api/notifications/unread-count/").then().body("count", equalTo(2));

        Api.as(student).post("/api/notifications/" + foreign + "/mark-read/").then().statusCode(404).body("error", equalTo("Notification not found"));
        assertEquals(false, Db.rows("select is_read from notifications where id = ?", foreign).get(0).get("is_read"));
        Api.as(student).post("/api/notifications/" + first + "/mark-read/").then().statusCode(200).body("message", equalTo("Notification marked as read"));
        Api.as(student).get("/api/notifications/unread-count/").then().body("count", equalTo(1));
        Api.as(student).post("/api/notifications/mark-all-read/").then().statusCode(200).body("message", equalTo("All notifications marked as read"));
        Api.as(student).get("/api/notifications/unread-count/").then().body("count", equalTo(0));
        Api.as(stranger).get("/api/notifications/unread-count/").then().body("count", equalTo(1));
        Api.anonymous().get("/api/notifications/").then().statusCode(401);
        Api.anonymous().post("/api/notifications/mark-all-read/").then().statusCode(401);
    }

    @Test
    void everyRoleHasAnInboxWithBoundedStatements() {
        for (var user : new Fixtures.Account[] {Fixtures.teacher(), Fixtures.siteOwner(), Fixtures.student()}) {
            notify(user, "enrollment_requested", false);
            Api.as(user).get("/api/notifications/").then().statusCode(200).body("count", equalTo(1));
        }
        var teacher = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        notify(assistant, "enrollment_requested", false);
        int small = School.statements(Api.as(assistant).get("/api/notifications/"));
        for (int i = 0; i < 60; i++) {
            notify(assistant, "enrollment_requested", i % 2 == 0);
        }
        Response large = Api.as(assistant).get("/api/notifications/?page_size=100");
        large.then().body("count", equalTo(61)).body("results.size()", equalTo(61));
        assertEquals(small, School.statements(large));
        assertTrue(small <= 4, "statements: " + small);
    }
}
