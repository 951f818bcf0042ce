package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.json;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Walks every route of seed sections 2-5 and platform.md section 3 with each role: anonymous,
 * student, assistant, the owning teacher, a second teacher and the site owner. Every refused
 * write leaves the database as it was.
 */
class ContentAuthorizationIT {

    /** Who a route is for, which decides the expected answer per role. */
    enum Access {
        CATALOG,        // public course reads
        MY_COURSES,     // teacher, assistant
        CONTENT_READ,   // any signed-in user, scoped
        STUDENT,        // a student's own progress
        STAFF_PROGRESS, // teacher, assistant, site owner
        CONTENT_WRITE,  // the course's teacher
        COURSE_WRITE    // the site owner
    }

    record Route(Access access, String method, String path, String body, String what, boolean list) {
        /** What the route answers when it is allowed. */
        int success() {
            return switch (method) {
                case "POST" -> path.endsWith("/progress/") ? 200 : 201;
                case "DELETE" -> 204;
                default -> 200;
            };
        }

        Response call(RequestSpecification spec) {
            if (body != null) {
                spec = spec.body(body);
            }
            return spec.request(method, path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** A teacher's course with one topic, lecture and video, plus an empty course for the site owner's writes. */
    record World(Account teacher, long course, long emptyCourse, long topic, long lecture, long video, long grade, long subject) {
        static World of(Account teacher) {
            long grade = Fixtures.grade();
            long subject = Fixtures.subject();
            long course = ContentSupport.courseRow(teacher).with("grade_id", grade).with("subject_id", subject).insert();
            long empty = ContentSupport.courseRow(teacher).with("grade_id", grade).with("subject_id", subject).insert();
            long topic = ContentSupport.topic(course, true);
            long lecture = ContentSupport.lecture(topic, true);
            long video = ContentSupport.video(lecture, true);
            return new World(teacher, course, empty, topic, lecture, video, grade, subject);
        }

        /** Every route, reads first, then writes in an order that works for the owner (deletes last, children first). */
        List<Route> routes() {
            String c = "/api/courses/";
            String courseBody = json("name", "Renamed", "teacher", teacher.profileId(), "grade", grade, "subject", subject);
            String topicBody = json("course", course, "name", "Renamed topic");
            String lectureBody = json("topic", topic, "name", "Renamed lecture", "price", "100", "available_days", 5);
            String videoBody = json("lecture", lecture, "name", "Renamed video", "platform", "youtube", "video_url", "https://youtu.be/x");
            return List.of(
                    new Route(Access.CATALOG, "GET", c + "courses/?teacher=" + teacher.profileId(), null, "courses", true),
                    new Route(Access.CATALOG, "GET", c + "courses/" + course + "/", null, "courses", false),
                    new Route(Access.MY_COURSES, "GET", c + "my_courses/", null, "courses", true),
                    new Route(Access.CONTENT_READ, "GET", c + "topics/?course=" + course, null, "topics", true),
                    new Route(Access.CONTENT_READ, "GET", c + "topics/" + topic + "/", null, "topics", false),
                    new Route(Access.CONTENT_READ, "GET", c + "topics/" + topic + "/lectures/", null, "topics", false),
                    new Route(Access.CONTENT_READ, "GET", c + "lectures/?topic=" + topic, null, "lectures", true),
                    new Route(Access.CONTENT_READ, "GET", c + "lectures/" + lecture + "/", null, "lectures", false),
                    new Route(Access.CONTENT_READ, "GET", c + "lectures/" + lecture + "/videos/", null, "lectures", false),
                    new Route(Access.CONTENT_READ, "GET", c + "videos/?lecture=" + lecture, null, "videos", true),
                    new Route(Access.CONTENT_READ, "GET", c + "videos/" + video + "/", null, "videos", false),
                    new Route(Access.STUDENT, "GET", c + "lectures/" + lecture + "/progress/", null, "lectures", false),
                    new Route(Access.STUDENT, "POST", c + "videos/" + video + "/progress/", json("watched_seconds", 10), "videos", false),
                    new Route(Access.STAFF_PROGRESS, "GET", c + "videos/" + video + "/progress/", null, "videos", false),
                    new Route(Access.CONTENT_WRITE, "POST", c + "topics/", topicBody, "topics", false),
                    new Route(Access.CONTENT_WRITE, "PUT", c + "topics/" + topic + "/", topicBody, "topics", false),
                    new Route(Access.CONTENT_WRITE, "PATCH", c + "topics/" + topic + "/", json("name", "Patched"), "topics", false),
                    new Route(Access.CONTENT_WRITE, "POST", c + "lectures/", lectureBody, "lectures", false),
                    new Route(Access.CONTENT_WRITE, "PUT", c + "lectures/" + lecture + "/", lectureBody, "lectures", false),
                    new Route(Access.CONTENT_WRITE, "PATCH", c + "lectures/" + lecture + "/", json("name", "Patched"), "lectures", false),
                    new Route(Access.CONTENT_WRITE, "POST", c + "videos/", videoBody, "videos", false),
                    new Route(Access.CONTENT_WRITE, "PUT", c + "videos/" + video + "/", videoBody, "videos", false),
                    new Route(Access.CONTENT_WRITE, "PATCH", c + "videos/" + video + "/", json("name", "Patched"), "videos", false),
                    new Route(Access.CONTENT_WRITE, "DELETE", c + "videos/" + video + "/", null, "videos", false),
                    new Route(Access.CONTENT_WRITE, "DELETE", c + "lectures/" + lecture + "/", null, "lectures", false),
                    new Route(Access.CONTENT_WRITE, "DELETE", c + "topics/" + topic + "/", null, "topics", false),
                    new Route(Access.COURSE_WRITE, "POST", c + "courses/", courseBody, "courses", false),
                    new Route(Access.COURSE_WRITE, "PUT", c + "courses/" + emptyCourse + "/", courseBody, "courses", false),
                    new Route(Access.COURSE_WRITE, "PATCH", c + "courses/" + emptyCourse + "/", json("name", "Patched"), "courses", false),
                    new Route(Access.COURSE_WRITE, "DELETE", c + "courses/" + emptyCourse + "/", null, "courses", false));
        }

        /** The id of this world's row of a kind ("courses", "topics", "lectures", "videos"). */
        long idOf(String what) {
            return switch (what) {
                case "courses" -> course;
                case "topics" -> topic;
                case "lectures" -> lecture;
                default -> video;
            };
        }

        /** Everything a refused write could have touched, read in one statement. */
        Map<String, Object> snapshot() {
            return Db.rows("""
                    select (select cast(row_to_json(x) as text) from courses x where x.id = ?) course,
                           (select cast(row_to_json(x) as text) from courses x where x.id = ?) empty_course,
                           (select cast(row_to_json(x) as text) from topics x where x.id = ?) topic,
                           (select cast(row_to_json(x) as text) from lectures x where x.id = ?) lecture,
                           (select cast(row_to_json(x) as text) from videos x where x.id = ?) video,
                           (select count(*) from courses where teacher_id = ?) courses,
                           (select count(*) from topics where course_id in (?, ?)) topics,
                           (select count(*) from lectures where topic_id = ?) lectures,
                           (select count(*) from videos where lecture_id = ?) videos,
                           (select count(*) from video_progress where video_id = ?) progress""",
                    course, emptyCourse, topic, lecture, video, teacher.profileId(), course, emptyCourse, topic, lecture, video).get(0);
        }
    }

    /** Calls a route that must be refused and checks nothing changed. */
    private static Response refused(World w, Route r, RequestSpecification spec, int status) {
        Map<String, Object> before = w.snapshot();
        Response response = r.call(spec);
        assertEquals(status, response.statusCode(), r + " " + response.asString());
        assertEquals(before, w.snapshot(), r + " changed the database");
        return response;
    }

    private static void expectDetail(Response r, String detail, Route route) {
        assertEquals(Map.of("detail", detail), r.as(Map.class), route.toString());
    }

    @Test
    void anonymousReadsOnlyTheCatalog() {
        World w = World.of(Fixtures.teacher());
        for (Route r : w.routes()) {
            if (r.access() == Access.CATALOG) {
                assertEquals(200, r.call(Api.anonymous()).statusCode(), r.toString());
            } else {
                expectDetail(refused(w, r, Api.anonymous(), 401), ContentSupport.NOT_SIGNED_IN, r);
            }
        }
    }

    @Test
    void studentsReadOpenContentAndNeverWrite() {
        World w = World.of(Fixtures.teacher());
        Account student = Fixtures.student();
        ContentSupport.purchase(student, w.lecture(), ContentSupport.daysFromNow(5));
        for (Route r : w.routes()) {
            switch (r.access()) {
                case CATALOG, CONTENT_READ, STUDENT -> assertEquals(r.success(), r.call(Api.as(student)).statusCode(), r.toString());
                default -> expectDetail(refused(w, r, Api.as(student), 403), ContentSupport.NO_PERMISSION, r);
            }
        }
        assertEquals(1, Db.count("select count(*) from video_progress where video_id = ? and student_id = ?", w.video(), student.profileId()));
    }

    @Test
    void assistantsReadTheirTeachersContentAndAreReadOnly() {
        World w = World.of(Fixtures.teacher());
        Account assistant = Fixtures.assistant(w.teacher());
        for (Route r : w.routes()) {
            switch (r.access()) {
                case CATALOG, MY_COURSES, CONTENT_READ, STAFF_PROGRESS -> {
                    Response response = r.call(Api.as(assistant));
                    assertEquals(200, response.statusCode(), r.toString());
                    if (r.list() && r.access() != Access.CATALOG) {
                        assertTrue(response.jsonPath().getInt("count") > 0, r + " shows the teacher's rows");
                    }
                }
                default -> expectDetail(refused(w, r, Api.as(assistant), 403), ContentSupport.NO_PERMISSION, r);
            }
        }
    }

    @Test
    void theSiteOwnerReadsEverythingAdministersCoursesButNotContent() {
        World w = World.of(Fixtures.teacher());
        Account owner = Fixtures.siteOwner();
        for (Route r : w.routes()) {
            switch (r.access()) {
                case CATALOG, CONTENT_READ, STAFF_PROGRESS -> assertEquals(200, r.call(Api.as(owner)).statusCode(), r.toString());
                case COURSE_WRITE -> assertEquals(r.success(), r.call(Api.as(owner)).statusCode(), r.toString());
                default -> expectDetail(refused(w, r, Api.as(owner), 403), ContentSupport.NO_PERMISSION, r);
            }
        }
        assertEquals(0, Db.count("select count(*) from courses where id = ?", w.emptyCourse()));
    }

    @Test
    void theOwningTeacherManagesContentButNotCourses() {
        World w = World.of(Fixtures.teacher());
        for (Route r : w.routes()) {
            switch (r.access()) {
                case CATALOG, MY_COURSES, CONTENT_READ, STAFF_PROGRESS -> assertEquals(200, r.call(Api.as(w.teacher())).statusCode(), r.toString());
                case CONTENT_WRITE -> assertEquals(r.success(), r.call(Api.as(w.teacher())).statusCode(), r.toString());
                default -> expectDetail(refused(w, r, Api.as(w.teacher()), 403), ContentSupport.NO_PERMISSION, r);
            }
        }
        assertEquals(0, Db.count("select count(*) from topics where id = ?", w.topic()));
        assertEquals(0, Db.count("select count(*) from lectures where id = ?", w.lecture()));
        assertEquals(0, Db.count("select count(*) from videos where id = ?", w.video()));
    }

    @Test
    void anotherTeacherNeitherSeesNorChangesContent() {
        World w = World.of(Fixtures.teacher());
        Account other = Fixtures.teacher();
        Account otherAssistant = Fixtures.assistant(other);
        World own = World.of(other);
        for (Route r : w.routes()) {
            switch (r.access()) {
                case CATALOG -> assertEquals(200, r.call(Api.as(other)).statusCode(), r.toString());
                case MY_COURSES, CONTENT_READ, STAFF_PROGRESS -> {
                    for (Account caller : List.of(other, otherAssistant)) {
                        Response response = r.call(Api.as(caller));
                        if (r.list()) {
                            assertEquals(200, response.statusCode(), r.toString());
                            List<Long> ids = ContentSupport.ids(response);
                            assertTrue(!ids.contains(w.idOf(r.what())), r + " shows another teacher's rows: " + ids);
                        } else {
                            assertEquals(404, response.statusCode(), r + " " + response.asString());
                            expectDetail(response, ContentSupport.NOT_FOUND, r);
                        }
                    }
                }
                case CONTENT_WRITE -> {
                    Response response = refused(w, r, Api.as(other), 403);
                    assertEquals(Map.of("error", "You can only manage " + r.what() + " in your own courses"), response.as(Map.class), r.toString());
                }
                default -> expectDetail(refused(w, r, Api.as(other), 403), ContentSupport.NO_PERMISSION, r);
            }
        }
        // Nor can they move their own content under the other teacher's course, topic or lecture.
        Map<String, Object> mine = own.snapshot();
        Api.as(other).body(json("course", w.course())).patch("/api/courses/topics/" + own.topic() + "/").then().statusCode(403);
        Api.as(other).body(json("topic", w.topic())).patch("/api/courses/lectures/" + own.lecture() + "/").then().statusCode(403);
        Api.as(other).body(json("lecture", w.lecture())).patch("/api/courses/videos/" + own.video() + "/").then().statusCode(403);
        assertEquals(mine, own.snapshot());
        // ...and the first teacher cannot move theirs under the second teacher's.
        Map<String, Object> theirs = w.snapshot();
        Api.as(w.teacher()).body(json("course", own.course(), "name", "x")).put("/api/courses/topics/" + w.topic() + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage topics in your own courses"));
        Api.as(w.teacher()).body(json("topic", own.topic())).patch("/api/courses/lectures/" + w.lecture() + "/").then().statusCode(403);
        Api.as(w.teacher()).body(json("lecture", own.lecture())).patch("/api/courses/videos/" + w.video() + "/").then().statusCode(403);
        assertEquals(theirs, w.snapshot());
        // Unfiltered lists hold only the caller's teacher's rows.
        for (String list : List.of("topics", "lectures", "videos")) {
            List<Long> ids = ContentSupport.ids(Api.as(other).get("/api/courses/" + list + "/?all=true"));
            assertTrue(ids.contains(own.idOf(list)) && !ids.contains(w.idOf(list)), list + ": " + ids);
        }
        assertEquals(List.of(own.emptyCourse(), own.course()).stream().sorted().toList(),
                ContentSupport.ids(Api.as(other).get("/api/courses/my_courses/")).stream().sorted().toList());
    }

    @Test
    void hiddenContentIsInvisibleToStudents() {
        Account teacher = Fixtures.teacher();
        Account student = Fixtures.student();
        Account owner = Fixtures.siteOwner();
        long course = ContentSupport.course(teacher, true);
        long openTopic = ContentSupport.topic(course, true);
        long openLecture = ContentSupport.lecture(openTopic, true);
        long openVideo = ContentSupport.video(openLecture, true);
        long inactiveVideo = ContentSupport.video(openLecture, false);
        long invisibleLecture = ContentSupport.lecture(openTopic, false);
        long videoOfInvisible = ContentSupport.video(invisibleLecture, true);
        long inactiveTopic = ContentSupport.topic(course, false);
        long lectureOfInactive = ContentSupport.lecture(inactiveTopic, true);
        long videoOfInactiveTopic = ContentSupport.video(lectureOfInactive, true);
        long inactiveCourse = ContentSupport.course(teacher, false);
        long topicOfInactiveCourse = ContentSupport.topic(inactiveCourse, true);
        long lectureOfInactiveCourse = ContentSupport.lecture(topicOfInactiveCourse, true);
        long videoOfInactiveCourse = ContentSupport.video(lectureOfInactiveCourse, true);
        // Bought everything: what hides content is its state, not a missing purchase.
        for (long lecture : List.of(openLecture, invisibleLecture, lectureOfInactive, lectureOfInactiveCourse)) {
            ContentSupport.purchase(student, lecture, ContentSupport.daysFromNow(5));
        }
        String c = "/api/courses/";
        List<String> hidden = List.of(
                c + "courses/" + inactiveCourse + "/",
                c + "topics/" + inactiveTopic + "/", c + "topics/" + inactiveTopic + "/lectures/",
                c + "topics/" + topicOfInactiveCourse + "/", c + "topics/" + topicOfInactiveCourse + "/lectures/",
                c + "lectures/" + invisibleLecture + "/", c + "lectures/" + invisibleLecture + "/videos/", c + "lectures/" + invisibleLecture + "/progress/",
                c + "lectures/" + lectureOfInactive + "/", c + "lectures/" + lectureOfInactive + "/videos/", c + "lectures/" + lectureOfInactive + "/progress/",
                c + "lectures/" + lectureOfInactiveCourse + "/", c + "lectures/" + lectureOfInactiveCourse + "/videos/",
                c + "videos/" + inactiveVideo + "/", c + "videos/" + videoOfInvisible + "/", c + "videos/" + videoOfInactiveTopic + "/",
                c + "videos/" + videoOfInactiveCourse + "/");
        for (String path : hidden) {
            Api.as(student).get(path).then().statusCode(404);
            if (!path.endsWith("/progress/")) {
                Api.as(teacher).get(path).then().statusCode(200);
                Api.as(owner).get(path).then().statusCode(200);
            }
        }
        for (long video : List.of(inactiveVideo, videoOfInvisible, videoOfInactiveTopic, videoOfInactiveCourse)) {
            Api.as(student).body(json("watched_seconds", 5)).post(c + "videos/" + video + "/progress/").then().statusCode(404);
        }
        assertEquals(0, Db.count("select count(*) from video_progress where student_id = ?", student.profileId()));

        // Lists and nested lists leave the hidden rows out; counts count what the student can open.
        assertEquals(List.of(openTopic), ContentSupport.ids(Api.as(student).get(c + "topics/?course=" + course)));
        assertEquals(List.of(openLecture), ContentSupport.ids(Api.as(student).get(c + "lectures/?topic=" + openTopic)));
        assertEquals(List.of(openVideo), ContentSupport.ids(Api.as(student).get(c + "videos/?lecture=" + openLecture)));
        for (String list : List.of(c + "topics/?course=" + inactiveCourse, c + "lectures/?topic=" + inactiveTopic,
                c + "lectures/?topic=" + topicOfInactiveCourse, c + "videos/?lecture=" + invisibleLecture, c + "videos/?lecture=" + lectureOfInactive,
                c + "videos/?lecture=" + lectureOfInactiveCourse)) {
            assertEquals(List.of(), ContentSupport.ids(Api.as(student).get(list)), list);
            assertEquals(1, ContentSupport.ids(Api.as(teacher).get(list)).size(), list);
        }
        List<Long> everything = ContentSupport.ids(Api.as(student).get(c + "videos/?all=true"));
        assertEquals(List.of(openVideo), everything.stream().filter(id -> List.of(openVideo, inactiveVideo, videoOfInvisible, videoOfInactiveTopic,
                videoOfInactiveCourse).contains(id)).toList());
        Response detail = Api.as(student).get(c + "topics/" + openTopic + "/");
        assertEquals(List.of(openLecture), detail.jsonPath().getList("lectures.id", Long.class));
        assertEquals(List.of(openVideo), detail.jsonPath().getList("lectures[0].videos.id", Long.class));
        assertEquals(List.of(openLecture), ContentSupport.ids(Api.as(student).get(c + "topics/" + openTopic + "/lectures/")));
        assertEquals(List.of(openVideo), ContentSupport.ids(Api.as(student).get(c + "lectures/" + openLecture + "/videos/")));
        assertEquals(1, Api.as(student).get(c + "topics/?course=" + course).jsonPath().getInt("results[0].lecture_count"));
        assertEquals(2, Api.as(teacher).get(c + "topics/" + openTopic + "/").jsonPath().getList("lectures").size());
        assertEquals(2, Api.as(teacher).get(c + "topics/?course=" + course + "&ordering=order").jsonPath().getList("results").size());
        assertEquals(1, Api.as(student).get(c + "lectures/" + openLecture + "/").jsonPath().getInt("video_count"));
        assertEquals(2, Api.as(teacher).get(c + "lectures/" + openLecture + "/").jsonPath().getInt("video_count"));
        assertEquals(1, Api.as(student).get(c + "topics/" + openTopic + "/lectures/").jsonPath().getInt("[0].video_count"));
        assertEquals(1, Api.anonymous().get(c + "courses/" + course + "/").jsonPath().getInt("topic_count"));
        assertEquals(2, Api.as(owner).get(c + "courses/" + course + "/").jsonPath().getInt("topic_count"));
        assertEquals(List.of(course), ContentSupport.ids(Api.as(student).get(c + "courses/?teacher=" + teacher.profileId())));
    }
}
