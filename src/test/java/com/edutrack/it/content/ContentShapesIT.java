package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.json;
import static com.edutrack.it.content.ContentSupport.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * Every route of seed sections 2-5 and platform.md section 3 answers its documented status with
 * exactly the seed's keys (list items, details, nested lectures and videos, paginated wrappers).
 */
class ContentShapesIT {

    private static void assertKeys(Set<String> expected, Response r, String path) {
        assertEquals(expected, r.jsonPath().getMap(path).keySet(), path);
    }

    @Test
    void courseRoutes() {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        long grade = Fixtures.grade();
        long subject = Fixtures.subject();
        Response created = Api.as(owner).body(json("name", "Physics 3", "teacher", teacher.profileId(), "grade", grade, "subject", subject))
                .post("/api/courses/courses/");
        created.then().statusCode(201).body("name", equalTo("Physics 3")).body("teacher", equalTo((int) teacher.profileId()))
                .body("grade", equalTo((int) grade)).body("subject", equalTo((int) subject)).body("description", nullValue())
                .body("cover_picture", nullValue()).body("is_active", equalTo(true)).body("topic_count", equalTo(0));
        assertKeys(ContentSupport.COURSE_KEYS, created, "");
        long id = created.jsonPath().getLong("id");
        assertEquals(Db.rows("select name from grades where id = ?", grade).get(0).get("name"), created.jsonPath().getString("grade_name"));
        assertEquals(Db.rows("select name from subjects where id = ?", subject).get(0).get("name"), created.jsonPath().getString("subject_name"));
        assertEquals(Db.rows("select name from users where id = ?", teacher.userId()).get(0).get("name"), created.jsonPath().getString("teacher_name"));

        Response detail = Api.anonymous().get("/api/courses/courses/" + id + "/");
        detail.then().statusCode(200).body("id", equalTo((int) id));
        assertKeys(ContentSupport.COURSE_KEYS, detail, "");
        Response catalog = Api.anonymous().get("/api/courses/courses/?teacher=" + teacher.profileId());
        catalog.then().statusCode(200).body("count", equalTo(1)).body("next", nullValue()).body("previous", nullValue());
        assertKeys(ContentSupport.PAGE_KEYS, catalog, "");
        assertKeys(ContentSupport.COURSE_KEYS, catalog, "results[0]");
        assertKeys(ContentSupport.ALL_KEYS, Api.anonymous().get("/api/courses/courses/?all=true&teacher=" + teacher.profileId()), "");

        Response put = Api.as(owner).body(json("name", "Physics 3 (new)", "teacher", teacher.profileId(), "grade", grade, "subject", subject,
                "description", "Waves", "is_active", false)).put("/api/courses/courses/" + id + "/");
        put.then().statusCode(200).body("name", equalTo("Physics 3 (new)")).body("description", equalTo("Waves")).body("is_active", equalTo(false));
        assertKeys(ContentSupport.COURSE_KEYS, put, "");
        Response patch = Api.as(owner).body(json("is_active", true)).patch("/api/courses/courses/" + id + "/");
        patch.then().statusCode(200).body("is_active", equalTo(true)).body("name", equalTo("Physics 3 (new)")).body("description", equalTo("Waves"));
        assertKeys(ContentSupport.COURSE_KEYS, patch, "");

        Response mine = Api.as(teacher).get("/api/courses/my_courses/");
        mine.then().statusCode(200).body("count", equalTo(1)).body("results[0].id", equalTo((int) id));
        assertKeys(ContentSupport.PAGE_KEYS, mine, "");
        assertKeys(ContentSupport.COURSE_KEYS, mine, "results[0]");

        Api.as(owner).delete("/api/courses/courses/" + id + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from courses where id = ?", id));
        Api.anonymous().get("/api/courses/courses/" + id + "/").then().statusCode(404).body("detail", equalTo(ContentSupport.NOT_FOUND));
    }

    @Test
    void myCoursesWithoutATeacherProfileIs404() {
        var teacher = Fixtures.teacher();
        Db.update("delete from teachers where id = ?", teacher.profileId());
        Api.as(teacher).get("/api/courses/my_courses/").then().statusCode(404).body("detail", equalTo("Teacher profile not found."));
    }

    @Test
    void topicRoutes() {
        var teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        Response created = post(teacher, "topics", json("course", course, "name", "Mechanics"));
        created.then().statusCode(201).body("course", equalTo((int) course)).body("name", equalTo("Mechanics"))
                .body("description", nullValue()).body("order", equalTo(0)).body("is_active", equalTo(true)).body("lecture_count", equalTo(0));
        assertKeys(ContentSupport.TOPIC_KEYS, created, "");
        long topic = created.jsonPath().getLong("id");
        assertEquals(Db.rows("select name from courses where id = ?", course).get(0).get("name"), created.jsonPath().getString("course_name"));

        long lecture = ContentSupport.lecture(topic, true);
        long video = ContentSupport.video(lecture, true);
        Response list = Api.as(teacher).get("/api/courses/topics/?course=" + course);
        list.then().statusCode(200).body("count", equalTo(1)).body("results[0].lecture_count", equalTo(1));
        assertKeys(ContentSupport.PAGE_KEYS, list, "");
        assertKeys(ContentSupport.TOPIC_KEYS, list, "results[0]");
        assertKeys(ContentSupport.ALL_KEYS, Api.as(teacher).get("/api/courses/topics/?all=true&course=" + course), "");

        Response detail = Api.as(teacher).get("/api/courses/topics/" + topic + "/");
        detail.then().statusCode(200).body("lectures", hasSize(1)).body("lectures[0].id", equalTo((int) lecture))
                .body("lectures[0].videos[0].id", equalTo((int) video));
        assertKeys(ContentSupport.TOPIC_DETAIL_KEYS, detail, "");
        assertKeys(ContentSupport.LECTURE_KEYS, detail, "lectures[0]");
        assertKeys(ContentSupport.VIDEO_KEYS, detail, "lectures[0].videos[0]");

        Response lectures = Api.as(teacher).get("/api/courses/topics/" + topic + "/lectures/");
        lectures.then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) lecture)).body("[0].video_count", equalTo(1));
        assertKeys(ContentSupport.LECTURE_SUMMARY_KEYS, lectures, "[0]");

        Response put = Api.as(teacher).body(json("course", course, "name", "Dynamics", "description", "Forces", "order", 3, "is_active", false))
                .put("/api/courses/topics/" + topic + "/");
        put.then().statusCode(200).body("name", equalTo("Dynamics")).body("description", equalTo("Forces")).body("order", equalTo(3))
                .body("is_active", equalTo(false)).body("lecture_count", equalTo(1));
        assertKeys(ContentSupport.TOPIC_KEYS, put, "");
        Response patch = Api.as(teacher).body(json("order", 5)).patch("/api/courses/topics/" + topic + "/");
        patch.then().statusCode(200).body("order", equalTo(5)).body("name", equalTo("Dynamics")).body("is_active", equalTo(false));
        assertKeys(ContentSupport.TOPIC_KEYS, patch, "");

        // Deleting a topic takes its lectures, videos and watch progress with it.
        var student = Fixtures.student();
        ContentSupport.progress(student, video, 30);
        Api.as(teacher).delete("/api/courses/topics/" + topic + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from topics where id = ?", topic));
        assertEquals(0, Db.count("select count(*) from lectures where id = ?", lecture));
        assertEquals(0, Db.count("select count(*) from videos where id = ?", video));
        assertEquals(0, Db.count("select count(*) from video_progress where video_id = ?", video));
        Api.as(teacher).get("/api/courses/topics/" + topic + "/").then().statusCode(404).body("detail", equalTo(ContentSupport.NOT_FOUND));
    }

    @Test
    void lectureRoutes() {
        var teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        long topic = ContentSupport.topic(course, true);
        Response created = post(teacher, "lectures", json("topic", topic, "name", "Newton", "price", "200", "available_days", 30));
        created.then().statusCode(201).body("topic", equalTo((int) topic)).body("name", equalTo("Newton")).body("description", nullValue())
                .body("price", equalTo("200.00")).body("discount", equalTo("0.00")).body("final_price", equalTo("200.00"))
                .body("formatted_price", equalTo("200.00 EGP")).body("available_days", equalTo(30)).body("is_visible", equalTo(true))
                .body("picture", nullValue()).body("order", equalTo(0)).body("videos", hasSize(0)).body("video_count", equalTo(0))
                .body("is_purchased", equalTo(false));
        assertKeys(ContentSupport.LECTURE_KEYS, created, "");
        long lecture = created.jsonPath().getLong("id");
        Map<String, Object> names = Db.rows("select t.name topic_name, c.name course_name, u.name teacher_name from topics t "
                + "join courses c on c.id = t.course_id join teachers te on te.id = c.teacher_id join users u on u.id = te.user_id where t.id = ?", topic).get(0);
        assertEquals(names.get("topic_name"), created.jsonPath().getString("topic_name"));
        assertEquals(names.get("course_name"), created.jsonPath().getString("course_name"));
        assertEquals(names.get("teacher_name"), created.jsonPath().getString("teacher_name"));

        long video = ContentSupport.video(lecture, true);
        Response list = Api.as(teacher).get("/api/courses/lectures/?topic=" + topic);
        list.then().statusCode(200).body("count", equalTo(1)).body("results[0].video_count", equalTo(1));
        assertKeys(ContentSupport.PAGE_KEYS, list, "");
        assertKeys(ContentSupport.LECTURE_KEYS, list, "results[0]");
        assertKeys(ContentSupport.VIDEO_KEYS, list, "results[0].videos[0]");
        assertKeys(ContentSupport.ALL_KEYS, Api.as(teacher).get("/api/courses/lectures/?all=true&topic=" + topic), "");

        Response detail = Api.as(teacher).get("/api/courses/lectures/" + lecture + "/");
        detail.then().statusCode(200).body("videos", hasSize(1)).body("videos[0].id", equalTo((int) video));
        assertKeys(ContentSupport.LECTURE_KEYS, detail, "");
        assertKeys(ContentSupport.VIDEO_KEYS, detail, "videos[0]");
        Response videos = Api.as(teacher).get("/api/courses/lectures/" + lecture + "/videos/");
        videos.then().statusCode(200).body("", hasSize(1)).body("[0].id", equalTo((int) video));
        assertKeys(ContentSupport.VIDEO_KEYS, videos, "[0]");

        Response put = Api.as(teacher).body(json("topic", topic, "name", "Newton II", "description", "Laws", "price", "300.50", "discount", "0.50",
                "available_days", 60, "is_visible", false, "order", 2)).put("/api/courses/lectures/" + lecture + "/");
        put.then().statusCode(200).body("name", equalTo("Newton II")).body("description", equalTo("Laws")).body("price", equalTo("300.50"))
                .body("discount", equalTo("0.50")).body("final_price", equalTo("300.00")).body("formatted_price", equalTo("300.00 EGP"))
                .body("available_days", equalTo(60)).body("is_visible", equalTo(false)).body("order", equalTo(2)).body("video_count", equalTo(1));
        assertKeys(ContentSupport.LECTURE_KEYS, put, "");
        Response patch = Api.as(teacher).body(json("discount", "100")).patch("/api/courses/lectures/" + lecture + "/");
        patch.then().statusCode(200).body("discount", equalTo("100.00")).body("final_price", equalTo("200.50")).body("name", equalTo("Newton II"));
        assertKeys(ContentSupport.LECTURE_KEYS, patch, "");

        var student = Fixtures.student();
        ContentSupport.progress(student, video, 30);
        Api.as(teacher).delete("/api/courses/lectures/" + lecture + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from lectures where id = ?", lecture));
        assertEquals(0, Db.count("select count(*) from videos where id = ?", video));
        assertEquals(0, Db.count("select count(*) from video_progress where video_id = ?", video));
        assertEquals(1, Db.count("select count(*) from topics where id = ?", topic));
    }

    @Test
    void videoRoutes() {
        var teacher = Fixtures.teacher();
        long lecture = ContentSupport.lecture(ContentSupport.topic(ContentSupport.course(teacher, true), true), true);
        Response created = post(teacher, "videos", json("lecture", lecture, "name", "Part 1", "platform", "youtube",
                "video_url", "https://www.youtube.com/watch?v=abc"));
        created.then().statusCode(201).body("lecture", equalTo((int) lecture)).body("name", equalTo("Part 1")).body("platform", equalTo("youtube"))
                .body("platform_display", equalTo("YouTube")).body("video_url", equalTo("https://www.youtube.com/watch?v=abc"))
                .body("order", equalTo(0)).body("duration_minutes", nullValue()).body("duration_display", nullValue()).body("is_active", equalTo(true));
        assertKeys(ContentSupport.VIDEO_KEYS, created, "");
        long video = created.jsonPath().getLong("id");

        Response list = Api.as(teacher).get("/api/courses/videos/?lecture=" + lecture);
        list.then().statusCode(200).body("count", equalTo(1));
        assertKeys(ContentSupport.PAGE_KEYS, list, "");
        assertKeys(ContentSupport.VIDEO_KEYS, list, "results[0]");
        assertKeys(ContentSupport.ALL_KEYS, Api.as(teacher).get("/api/courses/videos/?all=true&lecture=" + lecture), "");
        Response detail = Api.as(teacher).get("/api/courses/videos/" + video + "/");
        detail.then().statusCode(200).body("id", equalTo((int) video));
        assertKeys(ContentSupport.VIDEO_KEYS, detail, "");

        Response put = Api.as(teacher).body(json("lecture", lecture, "name", "Part 1 (HD)", "platform", "vdocipher", "video_url", "https://vdo.example/x",
                "order", 4, "duration_minutes", 60, "is_active", false)).put("/api/courses/videos/" + video + "/");
        put.then().statusCode(200).body("name", equalTo("Part 1 (HD)")).body("platform", equalTo("vdocipher"))
                .body("platform_display", equalTo("VDO Cipher")).body("video_url", equalTo("https://vdo.example/x")).body("order", equalTo(4))
                .body("duration_minutes", equalTo(60)).body("duration_display", equalTo("1h 00m")).body("is_active", equalTo(false));
        assertKeys(ContentSupport.VIDEO_KEYS, put, "");
        Response patch = Api.as(teacher).body(json("duration_minutes", 125)).patch("/api/courses/videos/" + video + "/");
        patch.then().statusCode(200).body("duration_display", equalTo("2h 05m")).body("name", equalTo("Part 1 (HD)"));
        assertKeys(ContentSupport.VIDEO_KEYS, patch, "");
        Api.as(teacher).body(json("duration_minutes", 45)).patch("/api/courses/videos/" + video + "/").then().body("duration_display", equalTo("45m"));
        Api.as(teacher).body(json("duration_minutes", null)).patch("/api/courses/videos/" + video + "/").then().statusCode(200)
                .body("duration_minutes", nullValue()).body("duration_display", nullValue());

        var student = Fixtures.student();
        ContentSupport.progress(student, video, 30);
        Api.as(teacher).delete("/api/courses/videos/" + video + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from videos where id = ?", video));
        assertEquals(0, Db.count("select count(*) from video_progress where video_id = ?", video));
        assertEquals(1, Db.count("select count(*) from lectures where id = ?", lecture));
    }

    @Test
    void progressRoutes() {
        var teacher = Fixtures.teacher();
        var student = Fixtures.student();
        long lecture = ContentSupport.lecture(ContentSupport.topic(ContentSupport.course(teacher, true), true), true);
        long video = ContentSupport.video(lecture, true);
        ContentSupport.purchase(student, lecture, ContentSupport.daysFromNow(10));

        Response report = Api.as(student).body(json("watched_seconds", 120, "completed", false)).post("/api/courses/videos/" + video + "/progress/");
        report.then().statusCode(200).body("video", equalTo((int) video)).body("watched_seconds", equalTo(120)).body("completed", equalTo(false));
        assertKeys(ContentSupport.PROGRESS_KEYS, report, "");
        assertNotNull(report.jsonPath().getString("updated_at"));

        Response mine = Api.as(student).get("/api/courses/lectures/" + lecture + "/progress/");
        mine.then().statusCode(200).body("", hasSize(1)).body("[0].video", equalTo((int) video)).body("[0].watched_seconds", equalTo(120));
        assertKeys(ContentSupport.PROGRESS_KEYS, mine, "[0]");

        Response staff = Api.as(teacher).get("/api/courses/videos/" + video + "/progress/");
        staff.then().statusCode(200).body("count", equalTo(1)).body("results[0].student", equalTo((int) student.profileId()))
                .body("results[0].watched_seconds", equalTo(120)).body("results[0].completed", equalTo(false));
        assertKeys(ContentSupport.PAGE_KEYS, staff, "");
        assertKeys(ContentSupport.STUDENT_PROGRESS_KEYS, staff, "results[0]");
        Map<String, Object> profile = Db.rows("select name_en, student_code from students where id = ?", student.profileId()).get(0);
        assertEquals(profile.get("name_en"), staff.jsonPath().getString("results[0].student_name"));
        assertEquals(profile.get("student_code"), staff.jsonPath().getString("results[0].student_code"));
    }

    @Test
    void trailingSlashIsOptional() {
        var teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        long topic = ContentSupport.topic(course, true);
        for (String path : List.of("/api/courses/my_courses", "/api/courses/topics", "/api/courses/topics/" + topic,
                "/api/courses/topics/" + topic + "/lectures", "/api/courses/lectures", "/api/courses/videos", "/api/courses/courses/" + course)) {
            Api.as(teacher).get(path).then().statusCode(200);
        }
    }
}
