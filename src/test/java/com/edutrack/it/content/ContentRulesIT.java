package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.json;
import static com.edutrack.it.content.ContentSupport.post;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Validation rules and their messages, picture uploads and the delete rules of courses, topics, lectures and videos. */
class ContentRulesIT {
    static final String REQUIRED = "This field is required.";
    static final String BLANK = "This field may not be blank.";
    static final String NOT_INTEGER = "A valid integer is required.";
    static final String NOT_BOOLEAN = "Must be a valid boolean.";
    static final String NOT_A_FILE = "The submitted data was not a file. Check the encoding type on the form.";
    static final String INVALID_IMAGE = "Upload a valid image. The file you uploaded was either not an image or a corrupted image.";
    static final String TOO_LARGE = "Image size must not exceed 5 MB.";
    static final String AT_LEAST_0 = "Ensure this value is greater than or equal to 0.";

    private static String pk(long id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }

    private static void assertErrors(Response r, Map<String, String> expected) {
        r.then().statusCode(400);
        Map<String, Object> body = r.as(Map.class);
        assertEquals(expected.keySet(), body.keySet(), r.asString());
        expected.forEach((field, message) -> assertEquals(List.of(message), body.get(field), field));
    }

    @Test
    void courseFields() {
        Account owner = Fixtures.siteOwner();
        Account teacher = Fixtures.teacher();
        long grade = Fixtures.grade();
        long subject = Fixtures.subject();
        long before = Db.count("select count(*) from courses");
        assertErrors(Api.as(owner).body("{}").post("/api/courses/courses/"),
                Map.of("name", REQUIRED, "teacher", REQUIRED, "grade", REQUIRED, "subject", REQUIRED));
        assertErrors(Api.as(owner).body(json("name", " ", "teacher", 987654321, "grade", "x", "subject", 987654322, "is_active", "sometimes",
                        "description", "d".repeat(5001))).post("/api/courses/courses/"),
                Map.of("name", BLANK, "teacher", pk(987654321), "grade", NOT_INTEGER, "subject", pk(987654322), "is_active", NOT_BOOLEAN,
                        "description", "Ensure this field has no more than 5000 characters."));
        assertErrors(Api.as(owner).body(json("name", "n".repeat(201), "teacher", teacher.profileId(), "grade", grade, "subject", subject,
                "cover_picture", "not a file")).post("/api/courses/courses/"),
                Map.of("name", "Ensure this field has no more than 200 characters.", "cover_picture", NOT_A_FILE));
        assertEquals(before, Db.count("select count(*) from courses"));

        long course = ContentSupport.course(teacher, true);
        assertErrors(Api.as(owner).body(json("name", "Only a name")).put("/api/courses/courses/" + course + "/"),
                Map.of("teacher", REQUIRED, "grade", REQUIRED, "subject", REQUIRED));
        assertErrors(Api.as(owner).body(json("teacher", null)).patch("/api/courses/courses/" + course + "/"), Map.of("teacher", REQUIRED));
        Api.as(owner).body(json("name", "x")).patch("/api/courses/courses/987654321/").then().statusCode(404)
                .body("detail", equalTo(ContentSupport.NOT_FOUND));
    }

    @Test
    void topicFields() {
        Account teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        assertErrors(post(teacher, "topics", "{}"), Map.of("course", REQUIRED, "name", REQUIRED));
        assertErrors(post(teacher, "topics", json("course", 987654321, "name", "", "order", -1, "is_active", "x")),
                Map.of("course", pk(987654321), "name", BLANK, "order", AT_LEAST_0, "is_active", NOT_BOOLEAN));
        assertErrors(post(teacher, "topics", json("course", course, "name", "n".repeat(201), "order", "first", "description", "d".repeat(5001))),
                Map.of("name", "Ensure this field has no more than 200 characters.", "order", NOT_INTEGER,
                        "description", "Ensure this field has no more than 5000 characters."));
        assertEquals(0, Db.count("select count(*) from topics where course_id = ?", course));

        long topic = ContentSupport.topic(course, true);
        Map<String, Object> stored = ContentSupport.stored("topics", topic).get(0);
        assertErrors(Api.as(teacher).body(json("name", "Only a name")).put("/api/courses/topics/" + topic + "/"), Map.of("course", REQUIRED));
        assertErrors(Api.as(teacher).body(json("name", "Renamed", "order", -5)).patch("/api/courses/topics/" + topic + "/"), Map.of("order", AT_LEAST_0));
        assertEquals(stored, ContentSupport.stored("topics", topic).get(0), "a refused update changes nothing");
        Api.as(teacher).body(json("name", "x")).patch("/api/courses/topics/987654321/").then().statusCode(404)
                .body("detail", equalTo(ContentSupport.NOT_FOUND));
    }

    @Test
    void lectureFields() {
        Account teacher = Fixtures.teacher();
        long topic = ContentSupport.topic(ContentSupport.course(teacher, true), true);
        assertErrors(post(teacher, "lectures", "{}"), Map.of("topic", REQUIRED, "name", REQUIRED, "price", REQUIRED, "available_days", REQUIRED));
        assertErrors(post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "discount", "150", "available_days", 30)),
                Map.of("discount", "Discount cannot be greater than the price."));
        assertErrors(post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "available_days", 366)),
                Map.of("available_days", "Ensure this value is less than or equal to 365."));
        assertErrors(post(teacher, "lectures", json("topic", topic, "name", "l", "price", "100", "available_days", 0)),
                Map.of("available_days", "Ensure this value is greater than or equal to 1."));
        assertErrors(post(teacher, "lectures", json("topic", topic, "price", "-1", "available_days", 10)),
                Map.of("name", REQUIRED, "price", AT_LEAST_0));
        assertErrors(post(teacher, "lectures", json("topic", 987654321, "name", "l", "price", "abc", "discount", "-1", "available_days", "x",
                        "is_visible", "x", "order", -1)),
                Map.of("topic", pk(987654321), "price", "A valid number is required.", "discount", AT_LEAST_0, "available_days", NOT_INTEGER,
                        "is_visible", NOT_BOOLEAN, "order", AT_LEAST_0));
        assertErrors(post(teacher, "lectures", json("topic", topic, "name", "l", "price", "1.999", "discount", "12345678901", "available_days", 5)),
                Map.of("price", "Ensure that there are no more than 2 decimal places.", "discount", "Ensure that there are no more than 10 digits in total."));
        assertErrors(post(teacher, "lectures", json("topic", "one", "name", "n".repeat(201), "description", "d".repeat(5001), "price", "1",
                        "available_days", 5, "order", "x")),
                Map.of("topic", NOT_INTEGER, "name", "Ensure this field has no more than 200 characters.",
                        "description", "Ensure this field has no more than 5000 characters.", "order", NOT_INTEGER));
        assertEquals(0, Db.count("select count(*) from lectures where topic_id = ?", topic));
        post(teacher, "lectures", json("topic", topic, "name", "Free", "price", "0", "available_days", 1)).then().statusCode(201)
                .body("final_price", equalTo("0.00")).body("formatted_price", equalTo("0.00 EGP"));
        post(teacher, "lectures", json("topic", topic, "name", "All off", "price", "99.99", "discount", "99.99", "available_days", 365)).then()
                .statusCode(201).body("final_price", equalTo("0.00"));

        // Price and discount are checked together, also when only one of them changes.
        long lecture = ContentSupport.lecture(topic, true); // 200.00 - 50.00
        assertErrors(Api.as(teacher).body(json("price", "40")).patch("/api/courses/lectures/" + lecture + "/"),
                Map.of("discount", "Discount cannot be greater than the price."));
        assertErrors(Api.as(teacher).body(json("discount", "200.01")).patch("/api/courses/lectures/" + lecture + "/"),
                Map.of("discount", "Discount cannot be greater than the price."));
        Api.as(teacher).body(json("price", "40", "discount", "40")).patch("/api/courses/lectures/" + lecture + "/").then().statusCode(200)
                .body("final_price", equalTo("0.00"));
        assertErrors(Api.as(teacher).body(json("name", "Only a name")).put("/api/courses/lectures/" + lecture + "/"),
                Map.of("topic", REQUIRED, "price", REQUIRED, "available_days", REQUIRED));
    }

    @Test
    void videoFields() {
        Account teacher = Fixtures.teacher();
        long lecture = ContentSupport.lecture(ContentSupport.topic(ContentSupport.course(teacher, true), true), true);
        assertErrors(post(teacher, "videos", "{}"), Map.of("lecture", REQUIRED, "name", REQUIRED, "platform", REQUIRED, "video_url", REQUIRED));
        assertErrors(post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "youtube", "video_url", "https://vimeo.com/1")),
                Map.of("video_url", "YouTube URL must contain 'youtube.com' or 'youtu.be'."));
        assertErrors(post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "bunnystream", "video_url", "https://x.com/1")),
                Map.of("video_url", "Bunny Stream URL must contain 'bunnycdn' or 'b-cdn.net'."));
        assertErrors(post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "vdocipher", "video_url", "http://vdocipher.com/1")),
                Map.of("video_url", "VDO Cipher URL must be a valid HTTPS URL."));
        assertErrors(post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "vdocipher", "video_url", "not a url")),
                Map.of("video_url", "VDO Cipher URL must be a valid HTTPS URL."));
        assertErrors(post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", "vimeo", "video_url", "https://vimeo.com/1")),
                Map.of("platform", "\"vimeo\" is not a valid choice."));
        assertErrors(post(teacher, "videos", json("lecture", 987654321, "name", "", "platform", "youtube", "video_url",
                        "https://youtube.com/" + "x".repeat(500), "order", -1, "duration_minutes", -1, "is_active", "x")),
                Map.of("lecture", pk(987654321), "name", BLANK, "video_url", "Ensure this field has no more than 500 characters.",
                        "order", AT_LEAST_0, "duration_minutes", AT_LEAST_0, "is_active", NOT_BOOLEAN));
        assertErrors(post(teacher, "videos", json("lecture", "first", "name", "n".repeat(201), "platform", "youtube", "video_url", "https://youtu.be/a",
                        "order", "x", "duration_minutes", "long")),
                Map.of("lecture", NOT_INTEGER, "name", "Ensure this field has no more than 200 characters.", "order", NOT_INTEGER,
                        "duration_minutes", NOT_INTEGER));
        assertEquals(0, Db.count("select count(*) from videos where lecture_id = ?", lecture));
        for (String[] ok : List.of(new String[] {"youtube", "https://youtu.be/abc"}, new String[] {"bunnystream", "https://vz-1.b-cdn.net/a"},
                new String[] {"bunnystream", "https://iframe.bunnycdn.com/embed/1"}, new String[] {"vdocipher", "https://player.vdocipher.com/v2/?otp=1"})) {
            post(teacher, "videos", json("lecture", lecture, "name", "v", "platform", ok[0], "video_url", ok[1])).then().statusCode(201)
                    .body("platform", equalTo(ok[0])).body("video_url", equalTo(ok[1]));
        }

        // Changing only the platform re-checks the stored URL, and the other way round.
        long video = ContentSupport.video(lecture, true); // youtube
        assertErrors(Api.as(teacher).body(json("platform", "bunnystream")).patch("/api/courses/videos/" + video + "/"),
                Map.of("video_url", "Bunny Stream URL must contain 'bunnycdn' or 'b-cdn.net'."));
        assertErrors(Api.as(teacher).body(json("video_url", "https://vz-1.b-cdn.net/a")).patch("/api/courses/videos/" + video + "/"),
                Map.of("video_url", "YouTube URL must contain 'youtube.com' or 'youtu.be'."));
        assertEquals("youtube", ContentSupport.stored("videos", video).get(0).get("platform"));
        Api.as(teacher).body(json("platform", "bunnystream", "video_url", "https://vz-1.b-cdn.net/a")).patch("/api/courses/videos/" + video + "/")
                .then().statusCode(200).body("platform_display", equalTo("Bunny Stream"));
        assertErrors(Api.as(teacher).body(json("name", "Only a name")).put("/api/courses/videos/" + video + "/"),
                Map.of("lecture", REQUIRED, "platform", REQUIRED, "video_url", REQUIRED));
    }

    @Test
    void malformedBodyIs400AndStoresNothing() {
        Account teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        Api.as(teacher).body("{\"course\": " + course + ", \"name\": ").post("/api/courses/topics/").then().statusCode(400);
        assertEquals(0, Db.count("select count(*) from topics where course_id = ?", course));
    }

    // ---- uploads ---------------------------------------------------------------------------

    private static Response lectureUpload(Account who, long topic, String name, byte[] content) {
        return Api.as(who).contentType("multipart/form-data").multiPart("topic", String.valueOf(topic)).multiPart("name", "pictured")
                .multiPart("price", "100").multiPart("available_days", "30").multiPart("picture", name, content, "image/png")
                .post("/api/courses/lectures/");
    }

    /** The stored file behind a media URL, fetched over HTTP. */
    private static Response media(String url) {
        return Api.anonymous().get(url.substring(url.indexOf("/media/")));
    }

    @Test
    void lecturePicturesAreCheckedByContent() {
        Account teacher = Fixtures.teacher();
        long topic = ContentSupport.topic(ContentSupport.course(teacher, true), true);
        String url = lectureUpload(teacher, topic, "pic.png", ContentSupport.PNG).then().statusCode(201).body("picture", startsWith("http"))
                .extract().path("picture");
        byte[] served = media(url).then().statusCode(200).header("Content-Type", "image/png").extract().asByteArray();
        assertArrayEquals(ContentSupport.PNG, served);
        long count = Db.count("select count(*) from lectures where topic_id = ?", topic);
        lectureUpload(teacher, topic, "doc.png", ContentSupport.PDF).then().statusCode(400).body("picture[0]", equalTo(INVALID_IMAGE));
        lectureUpload(teacher, topic, "big.png", ContentSupport.oversizedPng()).then().statusCode(400).body("picture[0]", equalTo(TOO_LARGE));
        assertEquals(count, Db.count("select count(*) from lectures where topic_id = ?", topic), "refused uploads create nothing");

        // Replacing the picture serves the new one and removes the old file; an empty value removes the picture.
        long lecture = Db.count("select max(id) from lectures where topic_id = ?", topic);
        String replaced = Api.as(teacher).contentType("multipart/form-data").multiPart("picture", "new.png", ContentSupport.PNG, "image/png")
                .patch("/api/courses/lectures/" + lecture + "/").then().statusCode(200).extract().path("picture");
        assertTrue(!replaced.equals(url));
        media(replaced).then().statusCode(200);
        media(url).then().statusCode(404);
        Api.as(teacher).contentType("multipart/form-data").multiPart("picture", "evil.png", ContentSupport.PDF, "image/png")
                .patch("/api/courses/lectures/" + lecture + "/").then().statusCode(400).body("picture[0]", equalTo(INVALID_IMAGE));
        media(replaced).then().statusCode(200);
        Api.as(teacher).contentType("multipart/form-data").multiPart("picture", "").patch("/api/courses/lectures/" + lecture + "/")
                .then().statusCode(200).body("picture", nullValue());
        media(replaced).then().statusCode(404);

        // Deleting the topic removes its lectures' pictures with them.
        String kept = lectureUpload(teacher, topic, "kept.png", ContentSupport.PNG).then().statusCode(201).extract().path("picture");
        media(kept).then().statusCode(200);
        Api.as(teacher).delete("/api/courses/topics/" + topic + "/").then().statusCode(204);
        media(kept).then().statusCode(404);
    }

    @Test
    void courseCoversAreCheckedByContent() {
        Account owner = Fixtures.siteOwner();
        Account teacher = Fixtures.teacher();
        long grade = Fixtures.grade();
        long subject = Fixtures.subject();
        String url = Api.as(owner).contentType("multipart/form-data").multiPart("name", "Covered").multiPart("teacher", String.valueOf(teacher.profileId()))
                .multiPart("grade", String.valueOf(grade)).multiPart("subject", String.valueOf(subject))
                .multiPart("cover_picture", "cover.png", ContentSupport.PNG, "image/png").post("/api/courses/courses/")
                .then().statusCode(201).body("cover_picture", startsWith("http")).extract().path("cover_picture");
        assertArrayEquals(ContentSupport.PNG, media(url).then().statusCode(200).header("Content-Type", "image/png").extract().asByteArray());
        long course = Db.count("select max(id) from courses where teacher_id = ?", teacher.profileId());
        for (Object[] bad : List.of(new Object[] {"report.png", ContentSupport.PDF, INVALID_IMAGE},
                new Object[] {"huge.png", ContentSupport.oversizedPng(), TOO_LARGE})) {
            Api.as(owner).contentType("multipart/form-data").multiPart("cover_picture", (String) bad[0], (byte[]) bad[1], "image/png")
                    .patch("/api/courses/courses/" + course + "/").then().statusCode(400).body("cover_picture[0]", equalTo(bad[2]));
            Api.as(owner).contentType("multipart/form-data").multiPart("name", "Another").multiPart("teacher", String.valueOf(teacher.profileId()))
                    .multiPart("grade", String.valueOf(grade)).multiPart("subject", String.valueOf(subject))
                    .multiPart("cover_picture", (String) bad[0], (byte[]) bad[1], "image/png").post("/api/courses/courses/")
                    .then().statusCode(400).body("cover_picture[0]", equalTo(bad[2]));
        }
        assertEquals(1, Db.count("select count(*) from courses where teacher_id = ?", teacher.profileId()));
        media(url).then().statusCode(200);
        Api.as(owner).contentType("multipart/form-data").multiPart("cover_picture", "").patch("/api/courses/courses/" + course + "/")
                .then().statusCode(200).body("cover_picture", nullValue());
        media(url).then().statusCode(404);

        // Deleting the course removes its cover.
        String last = Api.as(owner).contentType("multipart/form-data").multiPart("cover_picture", "again.png", ContentSupport.PNG, "image/png")
                .patch("/api/courses/courses/" + course + "/").then().statusCode(200).extract().path("cover_picture");
        media(last).then().statusCode(200);
        Api.as(owner).delete("/api/courses/courses/" + course + "/").then().statusCode(204);
        media(last).then().statusCode(404);
    }

    // ---- deletes ---------------------------------------------------------------------------

    @Test
    void deleteRules() {
        Account owner = Fixtures.siteOwner();
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        long course = ContentSupport.course(teacher, true);
        long topic = ContentSupport.topic(course, true);
        long lecture = ContentSupport.lecture(topic, true);
        long video = ContentSupport.video(lecture, true);

        // A course with topics keeps them: deactivate it instead.
        Api.as(owner).delete("/api/courses/courses/" + course + "/").then().statusCode(400)
                .body("error", equalTo("This course has topics and cannot be deleted. Deactivate it instead."));
        // A bought lecture (even an expired purchase) is history: hide it instead; its topic stays too.
        ContentSupport.purchase(student, lecture, ContentSupport.daysFromNow(-1));
        Api.as(teacher).delete("/api/courses/lectures/" + lecture + "/").then().statusCode(400)
                .body("error", equalTo("This lecture has purchases and cannot be deleted. Hide it instead."));
        Api.as(teacher).delete("/api/courses/topics/" + topic + "/").then().statusCode(400)
                .body("error", equalTo("This topic has purchased lectures and cannot be deleted. Deactivate it instead."));
        assertEquals(1, Db.count("select count(*) from lectures where id = ?", lecture));
        assertEquals(1, Db.count("select count(*) from videos where id = ?", video));
        // A video can go (the purchase is of the lecture).
        Api.as(teacher).delete("/api/courses/videos/" + video + "/").then().statusCode(204);
        Api.as(teacher).delete("/api/courses/videos/" + video + "/").then().statusCode(404).body("detail", equalTo(ContentSupport.NOT_FOUND));
        Api.as(teacher).delete("/api/courses/lectures/987654321/").then().statusCode(404);
        Api.as(teacher).delete("/api/courses/topics/987654321/").then().statusCode(404);
        Api.as(owner).delete("/api/courses/courses/987654321/").then().statusCode(404);

        // A course without topics but with enrollments, balances or recharge codes keeps them too.
        long enrolled = ContentSupport.course(teacher, true);
        Db.insert("insert into course_enrollments(student_id, course_id, status, enrolled_at) values (?, ?, 'approved', ?)",
                student.profileId(), enrolled, ContentSupport.now());
        Api.as(owner).delete("/api/courses/courses/" + enrolled + "/").then().statusCode(400)
                .body("error", equalTo("This course has enrollments or payments and cannot be deleted. Deactivate it instead."));
        assertEquals(1, Db.count("select count(*) from courses where id = ?", enrolled));
        long coded = ContentSupport.course(teacher, true);
        Db.insert("insert into recharge_codes(code, amount, course_id, created_by, created_at) values (?, 50.00, ?, ?, ?)",
                Fixtures.unique("CODE"), coded, owner.userId(), ContentSupport.now());
        Api.as(owner).delete("/api/courses/courses/" + coded + "/").then().statusCode(400)
                .body("error", equalTo("This course has enrollments or payments and cannot be deleted. Deactivate it instead."));
        assertEquals(1, Db.count("select count(*) from courses where id = ?", coded));
    }
}
