package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * What a purchase opens (platform.md section 3): {@code video_url} and {@code is_purchased}
 * follow an unexpired purchase everywhere a video or lecture appears; watch progress needs one;
 * parallel first reports make one row; a suspended student opens no content.
 */
class ContentAccessIT {
    static final String NO_PURCHASE = "You have not purchased this lecture or your access has expired.";
    static final String SUSPENDED = "Your access to course content is suspended.";

    record Content(long course, long topic, long lecture, long video, String url, long otherLecture, long otherVideo) {
        static Content of(Account teacher) {
            long course = ContentSupport.course(teacher, true);
            long topic = ContentSupport.topic(course, true);
            long lecture = ContentSupport.lectureRow(topic).with("sort_order", 1).insert();
            String url = "https://youtube.com/watch?v=" + Fixtures.unique("paid");
            long video = ContentSupport.videoRow(lecture).with("video_url", url).insert();
            long otherLecture = ContentSupport.lectureRow(topic).with("sort_order", 2).insert();
            long otherVideo = ContentSupport.video(otherLecture, true);
            return new Content(course, topic, lecture, video, url, otherLecture, otherVideo);
        }
    }

    /**
     * Every place the lecture's video appears, as seen by {@code who}: the URL must be {@code url}
     * (null = withheld, with the key present) and {@code is_purchased} must be {@code purchased};
     * the other, unbought lecture of the topic always stays closed.
     */
    private static void assertSees(Account who, Content c, String url, boolean purchased) {
        String p = "/api/courses/";
        JsonPath topic = Api.as(who).get(p + "topics/" + c.topic() + "/").then().statusCode(200).extract().jsonPath();
        assertLecture(topic, "lectures[0]", url, purchased);
        assertLecture(topic, "lectures[1]", null, false);
        JsonPath list = Api.as(who).get(p + "lectures/?topic=" + c.topic()).then().statusCode(200).extract().jsonPath();
        assertLecture(list, "results[0]", url, purchased);
        assertLecture(list, "results[1]", null, false);
        assertLecture(Api.as(who).get(p + "lectures/" + c.lecture() + "/").then().statusCode(200).extract().jsonPath(), "", url, purchased);
        JsonPath summary = Api.as(who).get(p + "topics/" + c.topic() + "/lectures/").then().statusCode(200).extract().jsonPath();
        assertEquals(purchased, summary.getBoolean("[0].is_purchased"));
        assertEquals(false, summary.getBoolean("[1].is_purchased"));
        assertVideo(Api.as(who).get(p + "lectures/" + c.lecture() + "/videos/").then().statusCode(200).extract().jsonPath(), "[0]", url);
        JsonPath videos = Api.as(who).get(p + "videos/?lecture=" + c.lecture()).then().statusCode(200).extract().jsonPath();
        assertVideo(videos, "results[0]", url);
        assertVideo(Api.as(who).get(p + "videos/" + c.video() + "/").then().statusCode(200).extract().jsonPath(), "", url);
        assertVideo(Api.as(who).get(p + "videos/" + c.otherVideo() + "/").then().statusCode(200).extract().jsonPath(), "", null);
    }

    private static void assertLecture(JsonPath json, String at, String url, boolean purchased) {
        String prefix = at.isEmpty() ? "" : at + ".";
        assertEquals(purchased, json.getBoolean(prefix + "is_purchased"), at);
        assertVideo(json, prefix + "videos[0]", url);
    }

    private static void assertVideo(JsonPath json, String at, String url) {
        Map<String, Object> video = json.getMap(at);
        assertTrue(video.containsKey("video_url"), at + " keeps the video_url key");
        if (url == null) {
            assertEquals(null, video.get("video_url"), at);
        } else {
            assertEquals(url, video.get("video_url"), at);
        }
    }

    @Test
    void videoUrlFollowsAnUnexpiredPurchase() {
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        Content c = Content.of(teacher);
        assertSees(student, c, null, false);

        // Another student's purchase opens nothing for this one; an expired purchase opens nothing.
        ContentSupport.purchase(Fixtures.student(), c.lecture(), ContentSupport.daysFromNow(5));
        long purchase = ContentSupport.purchase(student, c.lecture(), ContentSupport.daysFromNow(-1));
        assertSees(student, c, null, false);

        // Unexpired: shown everywhere.
        Db.update("update lecture_purchases set effective_expiry = ? where id = ?", ContentSupport.daysFromNow(3), purchase);
        assertSees(student, c, c.url(), true);

        // Expired again: withheld again.
        Db.update("update lecture_purchases set effective_expiry = ? where id = ?", ContentSupport.daysFromNow(-1), purchase);
        assertSees(student, c, null, false);

        // Reopened: expires_at is past but effective_expiry (with the extra days) is not.
        Db.update("update lecture_purchases set expires_at = ?, effective_expiry = ?, extra_days = 7 where id = ?",
                ContentSupport.daysFromNow(-2), ContentSupport.daysFromNow(5), purchase);
        assertSees(student, c, c.url(), true);

        // Staff and the site owner always see the URL; is_purchased is a student's notion.
        for (Account staff : List.of(teacher, Fixtures.assistant(teacher), Fixtures.siteOwner())) {
            JsonPath lecture = Api.as(staff).get("/api/courses/lectures/" + c.lecture() + "/").then().statusCode(200).extract().jsonPath();
            assertLecture(lecture, "", c.url(), false);
            assertVideo(Api.as(staff).get("/api/courses/videos/" + c.otherVideo() + "/").then().statusCode(200).extract().jsonPath(), "",
                    ContentSupport.stored("videos", c.otherVideo()).get(0).get("video_url").toString());
        }
    }

    @Test
    void progressNeedsAnUnexpiredPurchaseAndOnlyMovesForward() {
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        Content c = Content.of(teacher);
        String report = "/api/courses/videos/" + c.video() + "/progress/";

        Api.as(student).body(json("watched_seconds", 10)).post(report).then().statusCode(403).body("error", equalTo(NO_PURCHASE));
        long purchase = ContentSupport.purchase(student, c.lecture(), ContentSupport.daysFromNow(-1));
        Api.as(student).body(json("watched_seconds", 10)).post(report).then().statusCode(403).body("error", equalTo(NO_PURCHASE));
        assertEquals(0, Db.count("select count(*) from video_progress where student_id = ?", student.profileId()));
        Db.update("update lecture_purchases set effective_expiry = ? where id = ?", ContentSupport.daysFromNow(3), purchase);

        Api.as(student).body("{}").post(report).then().statusCode(400).body("watched_seconds[0]", equalTo("This field is required."));
        Api.as(student).body(json("watched_seconds", -1)).post(report).then().statusCode(400)
                .body("watched_seconds[0]", equalTo("Ensure this value is greater than or equal to 0."));
        Api.as(student).body(json("watched_seconds", "ten", "completed", "perhaps")).post(report).then().statusCode(400)
                .body("watched_seconds[0]", equalTo("A valid integer is required.")).body("completed[0]", equalTo("Must be a valid boolean."));
        Api.as(student).body(json("watched_seconds", 10)).post("/api/courses/videos/987654321/progress/").then().statusCode(404);
        assertEquals(0, Db.count("select count(*) from video_progress where student_id = ?", student.profileId()));

        Api.as(student).body(json("watched_seconds", 120)).post(report).then().statusCode(200)
                .body("watched_seconds", equalTo(120)).body("completed", equalTo(false));
        Api.as(student).body(json("watched_seconds", 60, "completed", true)).post(report).then().statusCode(200)
                .body("watched_seconds", equalTo(120)).body("completed", equalTo(true));
        Api.as(student).body(json("watched_seconds", 300, "completed", false)).post(report).then().statusCode(200)
                .body("watched_seconds", equalTo(300)).body("completed", equalTo(true));
        assertEquals(List.of(Map.of("watched_seconds", 300, "completed", true)),
                Db.rows("select watched_seconds, completed from video_progress where student_id = ?", student.profileId()));

        // The student's list for the lecture: their own reports on its active videos, in video order.
        long second = ContentSupport.videoRow(c.lecture()).with("sort_order", 5).insert();
        long inactive = ContentSupport.video(c.lecture(), true);
        Api.as(student).body(json("watched_seconds", 7)).post("/api/courses/videos/" + second + "/progress/").then().statusCode(200);
        Api.as(student).body(json("watched_seconds", 9)).post("/api/courses/videos/" + inactive + "/progress/").then().statusCode(200);
        Db.update("update videos set is_active = false where id = ?", inactive);
        Account classmate = Fixtures.student();
        ContentSupport.progress(classmate, c.video(), 999);
        Api.as(student).get("/api/courses/lectures/" + c.lecture() + "/progress/").then().statusCode(200)
                .body("video", equalTo(List.of((int) c.video(), (int) second))).body("watched_seconds", equalTo(List.of(300, 7)));
        Api.as(teacher).get(report).then().statusCode(200).body("count", equalTo(2));
    }

    @Test
    void parallelFirstReportsMakeOneRow() throws Exception {
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        Content c = Content.of(teacher);
        ContentSupport.purchase(student, c.lecture(), ContentSupport.daysFromNow(3));
        List<Long> videos = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            videos.add(ContentSupport.video(c.lecture(), true));
        }
        Api.token(student); // sign in before the race so only the reports run in parallel
        int parallel = 8;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        try {
            for (long video : videos) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> results = new ArrayList<>();
                for (int i = 1; i <= parallel; i++) {
                    int seconds = i * 10;
                    boolean completed = i == 3;
                    results.add(pool.submit(() -> {
                        start.await();
                        return Api.as(student).body(json("watched_seconds", seconds, "completed", completed))
                                .post("/api/courses/videos/" + video + "/progress/");
                    }));
                }
                start.countDown();
                for (Future<Response> f : results) {
                    Response r = f.get();
                    assertEquals(200, r.statusCode(), r.asString());
                }
                assertEquals(List.of(Map.of("watched_seconds", parallel * 10, "completed", true)),
                        Db.rows("select watched_seconds, completed from video_progress where student_id = ? and video_id = ?", student.profileId(), video),
                        "one row with the furthest report, video " + video);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSuspendedStudentOpensNoContent() {
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        Content c = Content.of(teacher);
        ContentSupport.purchase(student, c.lecture(), ContentSupport.daysFromNow(3));
        String p = "/api/courses/";
        List<String> reads = List.of(p + "topics/", p + "topics/" + c.topic() + "/", p + "topics/" + c.topic() + "/lectures/",
                p + "lectures/", p + "lectures/" + c.lecture() + "/", p + "lectures/" + c.lecture() + "/videos/",
                p + "lectures/" + c.lecture() + "/progress/", p + "videos/", p + "videos/" + c.video() + "/");
        Db.update("update students set can_access_course = false where id = ?", student.profileId());
        for (String path : reads) {
            Api.as(student).get(path).then().statusCode(403).body("detail", equalTo(SUSPENDED));
        }
        Api.as(student).body(json("watched_seconds", 5)).post(p + "videos/" + c.video() + "/progress/").then().statusCode(403)
                .body("detail", equalTo(SUSPENDED));
        assertEquals(0, Db.count("select count(*) from video_progress where student_id = ?", student.profileId()));
        // The public catalog stays open.
        Api.as(student).get(p + "courses/" + c.course() + "/").then().statusCode(200);
        Api.as(student).get(p + "courses/").then().statusCode(200);

        Db.update("update students set can_access_course = true where id = ?", student.profileId());
        for (String path : reads) {
            Api.as(student).get(path).then().statusCode(200);
        }
    }
}
