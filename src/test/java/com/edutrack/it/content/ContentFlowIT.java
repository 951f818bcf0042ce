package com.edutrack.it.content;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** Creating and reading a course's content over HTTP, with the seed's response keys. */
class ContentFlowIT {
    static final Set<String> COURSE_KEYS = Set.of("id", "name", "teacher", "teacher_name", "grade", "grade_name", "subject", "subject_name",
            "description", "cover_picture", "is_active", "topic_count", "created_at");
    static final Set<String> TOPIC_KEYS = Set.of("id", "course", "course_name", "name", "description", "order", "is_active", "lecture_count",
            "created_at", "updated_at");
    static final Set<String> TOPIC_DETAIL_KEYS = Set.of("id", "course", "course_name", "name", "description", "order", "is_active", "lectures",
            "created_at", "updated_at");
    static final Set<String> LECTURE_KEYS = Set.of("id", "topic", "topic_name", "course_name", "teacher_name", "name", "description", "price",
            "discount", "final_price", "formatted_price", "available_days", "is_visible", "picture", "order", "videos", "video_count",
            "created_at", "updated_at", "is_purchased");
    static final Set<String> LECTURE_SUMMARY_KEYS = Set.of("id", "topic", "topic_name", "name", "description", "price", "discount",
            "final_price", "formatted_price", "available_days", "is_visible", "picture", "order", "video_count", "created_at", "updated_at",
            "is_purchased");
    static final Set<String> VIDEO_KEYS = Set.of("id", "lecture", "name", "platform", "platform_display", "video_url", "order",
            "duration_minutes", "duration_display", "is_active", "created_at", "updated_at");

    @Test
    void ownerCreatesCourseTeacherBuildsContentStudentReads() {
        var owner = Fixtures.siteOwner();
        var teacher = Fixtures.teacher();
        long grade = Fixtures.grade();
        long subject = Fixtures.subject();
        JsonPath course = Api.as(owner).body(ContentSupport.json("name", "Physics 3", "teacher", teacher.profileId(), "grade", grade, "subject", subject))
                .post("/api/courses/courses/").then().statusCode(201).extract().jsonPath();
        assertEquals(COURSE_KEYS, course.getMap("").keySet());
        long courseId = course.getLong("id");

        JsonPath mine = Api.as(teacher).get("/api/courses/my_courses/").then().statusCode(200).extract().jsonPath();
        assertEquals(1, mine.getInt("count"));
        assertEquals(0, mine.getInt("results[0].topic_count"));

        JsonPath topic = Api.as(teacher).body(ContentSupport.json("course", courseId, "name", "Mechanics"))
                .post("/api/courses/topics/").then().statusCode(201).extract().jsonPath();
        assertEquals(TOPIC_KEYS, topic.getMap("").keySet());
        long topicId = topic.getLong("id");

        JsonPath lecture = Api.as(teacher).body(ContentSupport.json("topic", topicId, "name", "Newton", "price", "200", "discount", "50", "available_days", 30))
                .post("/api/courses/lectures/").then().statusCode(201)
                .body("final_price", equalTo("150.00")).body("formatted_price", equalTo("150.00 EGP")).extract().jsonPath();
        assertEquals(LECTURE_KEYS, lecture.getMap("").keySet());
        long lectureId = lecture.getLong("id");

        JsonPath video = Api.as(teacher).body(ContentSupport.json("lecture", lectureId, "name", "Part 1", "platform", "youtube",
                        "video_url", "https://www.youtube.com/watch?v=abc", "duration_minutes", 65))
                .post("/api/courses/videos/").then().statusCode(201)
                .body("platform_display", equalTo("YouTube")).body("duration_display", equalTo("1h 05m")).extract().jsonPath();
        assertEquals(VIDEO_KEYS, video.getMap("").keySet());

        JsonPath detail = Api.as(teacher).get("/api/courses/topics/" + topicId + "/").then().statusCode(200).extract().jsonPath();
        assertEquals(TOPIC_DETAIL_KEYS, detail.getMap("").keySet());
        assertEquals(LECTURE_KEYS, detail.getMap("lectures[0]").keySet());
        assertEquals(VIDEO_KEYS, detail.getMap("lectures[0].videos[0]").keySet());

        List<Map<String, Object>> summary = Api.as(teacher).get("/api/courses/topics/" + topicId + "/lectures/").then().statusCode(200)
                .extract().jsonPath().getList("");
        assertEquals(LECTURE_SUMMARY_KEYS, summary.get(0).keySet());
        Api.as(teacher).get("/api/courses/lectures/" + lectureId + "/videos/").then().statusCode(200).body("", hasSize(1));

        var student = Fixtures.student();
        Api.as(student).get("/api/courses/lectures/" + lectureId + "/").then().statusCode(200)
                .body("is_purchased", equalTo(false)).body("videos[0].video_url", nullValue());
        Api.anonymous().get("/api/courses/courses/?search=Physics 3").then().statusCode(200);
        Api.anonymous().get("/api/courses/courses/" + courseId + "/").then().statusCode(200).body("topic_count", equalTo(1));

        Api.as(student).body(ContentSupport.json("watched_seconds", 120, "completed", false))
                .post("/api/courses/videos/" + video.getLong("id") + "/progress/").then().statusCode(200).body("watched_seconds", equalTo(120));
        Api.as(student).body(ContentSupport.json("watched_seconds", 60, "completed", true))
                .post("/api/courses/videos/" + video.getLong("id") + "/progress/").then().statusCode(200)
                .body("watched_seconds", equalTo(120)).body("completed", equalTo(true));
        Api.as(student).get("/api/courses/lectures/" + lectureId + "/progress/").then().statusCode(200).body("", hasSize(1));
        Api.as(teacher).get("/api/courses/videos/" + video.getLong("id") + "/progress/").then().statusCode(200).body("count", equalTo(1));
    }
}
