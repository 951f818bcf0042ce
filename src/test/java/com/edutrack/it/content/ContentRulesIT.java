package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.json;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.List;

import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Validation messages, uploads, ownership and the statement budget of content routes. */
class ContentRulesIT {
    // A real 1x1 PNG.
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    @Test
    void videoUrlMustMatchPlatform() {
        var teacher = Fixtures.teacher();
        long lecture = ContentSupport.lecture(ContentSupport.topic(ContentSupport.course(teacher, true), true), true);
        post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "youtube", "video_url", "https://vimeo.com/1"))
                .then().statusCode(400).body("video_url[0]", equalTo("YouTube URL must contain 'youtube.com' or 'youtu.be'."));
        post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "bunnystream", "video_url", "https://x.com/1"))
                .then().statusCode(400).body("video_url[0]", equalTo("Bunny Stream URL must contain 'bunnycdn' or 'b-cdn.net'."));
        post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "vdocipher", "video_url", "http://vdocipher.com/1"))
                .then().statusCode(400).body("video_url[0]", equalTo("VDO Cipher URL must be a valid HTTPS URL."));
        post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "vimeo", "video_url", "https://vimeo.com/1"))
                .then().statusCode(400).body("platform[0]", equalTo("\"vimeo\" is not a valid choice."));
        post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "bunnystream", "video_url", "https://vz-1.b-cdn.net/a", "duration_minutes", 45))
                .then().statusCode(201).body("duration_display", equalTo("45m")).body("platform_display", equalTo("Bunny Stream"));
    }

    @Test
    void lecturePriceRules() {
        var teacher = Fixtures.teacher();
        long topic = ContentSupport.topic(ContentSupport.course(teacher, true), true);
        post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "discount", "150", "available_days", 30))
                .then().statusCode(400).body("discount[0]", equalTo("Discount cannot be greater than the price."));
        post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "available_days", 366))
                .then().statusCode(400).body("available_days[0]", equalTo("Ensure this value is less than or equal to 365."));
        post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "available_days", 0))
                .then().statusCode(400).body("available_days[0]", equalTo("Ensure this value is greater than or equal to 1."));
        post(teacher, "lectures", json("topic", topic, "price", "-1", "available_days", 10))
                .then().statusCode(400).body("name[0]", equalTo("This field is required."))
                .body("price[0]", equalTo("Ensure this value is greater than or equal to 0."));
    }

    @Test
    void pictureUploadsAreCheckedByContent() {
        var teacher = Fixtures.teacher();
        long topic = ContentSupport.topic(ContentSupport.course(teacher, true), true);
        String url = upload(teacher, topic, "pic.png", PNG).then().statusCode(201).body("picture", startsWith("http")).extract().path("picture");
        byte[] served = Api.anonymous().get(url.substring(url.indexOf("/media/"))).then().statusCode(200)
                .header("Content-Type", "image/png").extract().asByteArray();
        assertEquals(PNG.length, served.length);
        upload(teacher, topic, "doc.png", "%PDF-1.4 not an image".getBytes()).then().statusCode(400)
                .body("picture[0]", equalTo("Upload a valid image. The file you uploaded was either not an image or a corrupted image."));
        ByteArrayOutputStream big = new ByteArrayOutputStream();
        big.writeBytes(PNG);
        big.writeBytes(new byte[5 * 1024 * 1024]);
        upload(teacher, topic, "big.png", big.toByteArray()).then().statusCode(400).body("picture[0]", equalTo("Image size must not exceed 5 MB."));
    }

    @Test
    void ownershipAndRoles() {
        var teacher = Fixtures.teacher();
        var other = Fixtures.teacher();
        var assistant = Fixtures.assistant(teacher);
        var student = Fixtures.student();
        long course = ContentSupport.course(teacher, true);
        long topic = ContentSupport.topic(course, true);
        long lecture = ContentSupport.lecture(topic, true);
        long video = ContentSupport.video(lecture, true);
        long hidden = ContentSupport.lecture(topic, false);

        post(other, "topics", json("course", course, "name", "x")).then().statusCode(403)
                .body("error", equalTo("You can only manage topics in your own courses"));
        Api.as(other).body(json("name", "x")).patch("/api/courses/topics/" + topic + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage topics in your own courses"));
        Api.as(other).body(json("name", "x")).patch("/api/courses/lectures/" + lecture + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage lectures in your own courses"));
        Api.as(other).delete("/api/courses/videos/" + video + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage videos in your own courses"));
        Api.as(other).get("/api/courses/topics/" + topic + "/").then().statusCode(404);
        Api.as(other).get("/api/courses/lectures/" + lecture + "/").then().statusCode(404);
        Api.as(other).get("/api/courses/videos/" + video + "/").then().statusCode(404);
        Api.as(other).get("/api/courses/topics/?course=" + course).then().statusCode(200).body("count", equalTo(0));

        Api.as(assistant).get("/api/courses/topics/" + topic + "/").then().statusCode(200);
        Api.as(assistant).get("/api/courses/my_courses/").then().statusCode(200).body("count", equalTo(1));
        Api.as(assistant).body(json("name", "x")).patch("/api/courses/topics/" + topic + "/").then().statusCode(403);
        Api.as(student).body(json("course", course, "name", "x")).post("/api/courses/topics/").then().statusCode(403);
        Api.as(student).get("/api/courses/my_courses/").then().statusCode(403);
        Api.as(student).get("/api/courses/lectures/" + hidden + "/").then().statusCode(404);
        Api.as(student).get("/api/courses/topics/" + topic + "/lectures/").then().statusCode(200).body("", hasSize(1));
        Api.anonymous().get("/api/courses/topics/").then().statusCode(401);

        Api.as(teacher).body(json("is_visible", true)).patch("/api/courses/lectures/" + hidden + "/").then().statusCode(200);
        Api.as(teacher).delete("/api/courses/topics/" + topic + "/").then().statusCode(204);
    }

    @Test
    void statementCountDoesNotGrowWithChildren() {
        var teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        long small = ContentSupport.topic(course, true);
        long large = ContentSupport.topic(course, true);
        long smallLecture = 0;
        long largeLecture = 0;
        for (int i = 0; i < 2; i++) {
            smallLecture = ContentSupport.lecture(small, true);
            ContentSupport.video(smallLecture, true);
            ContentSupport.video(smallLecture, true);
        }
        for (int i = 0; i < 100; i++) {
            largeLecture = ContentSupport.lecture(large, true);
            ContentSupport.video(largeLecture, true);
        }
        for (int i = 0; i < 99; i++) {
            ContentSupport.video(largeLecture, true);
        }
        for (String path : List.of("/api/courses/topics/%d/", "/api/courses/topics/%d/lectures/", "/api/courses/lectures/?topic=%d")) {
            assertEquals(statements(teacher, String.format(path, small)), statements(teacher, String.format(path, large)), path);
        }
        for (String path : List.of("/api/courses/lectures/%d/", "/api/courses/lectures/%d/videos/", "/api/courses/videos/?lecture=%d")) {
            assertEquals(statements(teacher, String.format(path, smallLecture)), statements(teacher, String.format(path, largeLecture)), path);
        }
        assertEquals(statements(teacher, "/api/courses/my_courses/"), statements(teacher, "/api/courses/topics/?course=" + course));
    }

    private static int statements(Fixtures.Account who, String path) {
        return Integer.parseInt(Api.as(who).get(path).then().statusCode(200).extract().header("X-Sql-Statements"));
    }

    private static Response post(Fixtures.Account who, String what, String body) {
        return Api.as(who).body(body).post("/api/courses/" + what + "/");
    }

    private static Response upload(Fixtures.Account who, long topic, String name, byte[] content) {
        return Api.as(who).contentType("multipart/form-data").multiPart("topic", String.valueOf(topic)).multiPart("name", "pictured")
                .multiPart("price", "100").multiPart("available_days", "30").multiPart("picture", name, content, "image/png")
                .post("/api/courses/lectures/");
    }
}
