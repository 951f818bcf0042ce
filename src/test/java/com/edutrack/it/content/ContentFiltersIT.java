package com.edutrack.it.content;

import static com.edutrack.it.content.ContentSupport.ids;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/**
 * Every filter, search field and ordering value of the content lists (seed sections 2-5,
 * platform.md section 3): each one is shown to change the selection or the order of a fixed set
 * of rows, and malformed filters answer 400 with django-filter's messages.
 */
class ContentFiltersIT {

    private static Timestamp daysAgo(int days) {
        return ContentSupport.daysFromNow(-days);
    }

    private static String name(Account account) {
        String unique = Fixtures.unique("Person");
        Db.update("update users set name = ? where id = ?", unique, account.userId());
        return unique;
    }

    private static List<Long> get(RequestSpecification who, String path) {
        return ids(who.get(path));
    }

    @Test
    void courseCatalogAndMyCourses() {
        Account teacher = Fixtures.teacher();
        Account other = Fixtures.teacher();
        String teacherName = name(teacher);
        Account owner = Fixtures.siteOwner();
        long g1 = Fixtures.grade();
        long g2 = Fixtures.grade();
        long s1 = Fixtures.subject();
        long s2 = Fixtures.subject();
        long algebra = ContentSupport.courseRow(teacher).with("name", "Alpha Algebra").with("grade_id", g1).with("subject_id", s1)
                .with("created_at", daysAgo(3)).insert();
        long biology = ContentSupport.courseRow(teacher).with("name", "Beta Biology").with("grade_id", g2).with("subject_id", s2)
                .with("description", "Cells and PLANTS").with("created_at", daysAgo(1)).insert();
        long geometry = ContentSupport.courseRow(teacher).with("name", "Gamma Geometry").with("grade_id", g1).with("subject_id", s2)
                .with("is_active", false).with("created_at", daysAgo(2)).insert();
        long delta = ContentSupport.courseRow(other).with("name", "Delta").with("grade_id", g1).with("subject_id", s1).insert();
        String base = "/api/courses/courses/?teacher=" + teacher.profileId();

        // Anyone: active courses only, newest first; the site owner also sees inactive ones.
        assertEquals(List.of(biology, algebra), get(Api.anonymous(), base));
        assertEquals(List.of(biology, geometry, algebra), get(Api.as(owner), base));
        assertEquals(List.of(algebra, biology, geometry), get(Api.as(owner), base + "&ordering=name"));
        assertEquals(List.of(geometry, biology, algebra), get(Api.as(owner), base + "&ordering=-name"));
        assertEquals(List.of(algebra, geometry, biology), get(Api.as(owner), base + "&ordering=created_at"));
        assertEquals(List.of(biology, geometry, algebra), get(Api.as(owner), base + "&ordering=-created_at"));
        assertEquals(List.of(algebra, biology, geometry), get(Api.as(owner), base + "&ordering=id"));
        assertEquals(List.of(geometry, biology, algebra), get(Api.as(owner), base + "&ordering=-id"));
        assertEquals(List.of(biology, geometry, algebra), get(Api.as(owner), base + "&ordering=nonsense"), "unknown ordering is ignored");
        assertEquals(List.of(geometry, algebra), get(Api.as(owner), base + "&grade=" + g1));
        assertEquals(List.of(algebra), get(Api.anonymous(), base + "&grade=" + g1));
        assertEquals(List.of(biology, geometry), get(Api.as(owner), base + "&subject=" + s2));
        assertEquals(List.of(delta), get(Api.anonymous(), "/api/courses/courses/?teacher=" + other.profileId()));
        assertEquals(List.of(geometry), get(Api.as(owner), base + "&is_active=false"));
        assertEquals(List.of(biology, algebra), get(Api.as(owner), base + "&is_active=true"));
        assertEquals(List.of(biology, algebra), get(Api.anonymous(), base + "&is_active=false"), "only the site owner sees inactive courses");
        // search: name, description, teacher, subject and grade names, case-insensitive
        assertEquals(List.of(algebra), get(Api.anonymous(), base + "&search=algebra"));
        assertEquals(List.of(biology), get(Api.anonymous(), base + "&search=plants"));
        assertEquals(List.of(biology, algebra), get(Api.anonymous(), "/api/courses/courses/?search=" + teacherName));
        assertEquals(List.of(algebra), get(Api.anonymous(), base + "&search=" + Db.rows("select name from subjects where id = ?", s1).get(0).get("name")));
        assertEquals(List.of(biology), get(Api.anonymous(), base + "&search=" + Db.rows("select name from grades where id = ?", g2).get(0).get("name")));
        assertEquals(List.of(), get(Api.anonymous(), base + "&search=geometry"), "an inactive course is not found by search either");

        // Pagination: DRF's wrapper and links, 404 past the end.
        Api.as(owner).get(base + "&page_size=1").then().statusCode(200).body("count", equalTo(3)).body("results[0].id", equalTo((int) biology))
                .body("previous", nullValue()).body("next", endsWith("page=2"));
        Api.as(owner).get(base + "&page_size=1&page=3").then().statusCode(200).body("results[0].id", equalTo((int) algebra)).body("next", nullValue());
        Api.as(owner).get(base + "&page_size=1&page=4").then().statusCode(404).body("detail", equalTo("Invalid page."));
        Api.as(owner).get(base + "&all=true").then().statusCode(200).body("count", equalTo(3)).body("results.size()", equalTo(3));

        // Malformed filters.
        Api.anonymous().get("/api/courses/courses/?grade=abc&teacher=x").then().statusCode(400)
                .body("grade[0]", equalTo("Enter a number.")).body("teacher[0]", equalTo("Enter a number."));
        Api.as(owner).get("/api/courses/courses/?is_active=maybe").then().statusCode(400)
                .body("is_active[0]", equalTo("Select a valid choice. maybe is not one of the available choices."));

        // my_courses: the caller's teacher's courses, inactive ones included, with the same filters.
        Account assistant = Fixtures.assistant(teacher);
        for (Account staff : List.of(teacher, assistant)) {
            assertEquals(List.of(biology, geometry, algebra), get(Api.as(staff), "/api/courses/my_courses/"));
            assertEquals(List.of(algebra, biology, geometry), get(Api.as(staff), "/api/courses/my_courses/?ordering=name"));
            assertEquals(List.of(algebra, geometry, biology), get(Api.as(staff), "/api/courses/my_courses/?ordering=created_at"));
            assertEquals(List.of(geometry, algebra), get(Api.as(staff), "/api/courses/my_courses/?grade=" + g1));
            assertEquals(List.of(biology, geometry), get(Api.as(staff), "/api/courses/my_courses/?subject=" + s2));
            assertEquals(List.of(geometry), get(Api.as(staff), "/api/courses/my_courses/?is_active=false"));
            assertEquals(List.of(geometry), get(Api.as(staff), "/api/courses/my_courses/?search=GEOMETRY"));
            assertEquals(List.of(biology, geometry, algebra), get(Api.as(staff), "/api/courses/my_courses/?teacher=" + other.profileId()),
                    "my_courses cannot be widened to another teacher");
        }
        assertEquals(List.of(delta), get(Api.as(other), "/api/courses/my_courses/"));
        Api.as(teacher).get("/api/courses/my_courses/?grade=x").then().statusCode(400).body("grade[0]", equalTo("Enter a number."));
    }

    @Test
    void topics() {
        Account teacher = Fixtures.teacher();
        long course = ContentSupport.courseRow(teacher).with("name", Fixtures.unique("Physics")).insert();
        String otherCourseName = Fixtures.unique("Chemistry");
        long otherCourse = ContentSupport.courseRow(teacher).with("name", otherCourseName).insert();
        long kinematics = ContentSupport.topicRow(course).with("name", "Kinematics").with("description", "motion").with("sort_order", 2)
                .with("created_at", daysAgo(3)).insert();
        long atoms = ContentSupport.topicRow(course).with("name", "Atoms").with("sort_order", 1).with("is_active", false)
                .with("created_at", daysAgo(1)).insert();
        long waves = ContentSupport.topicRow(course).with("name", "Waves").with("sort_order", 1).with("created_at", daysAgo(2)).insert();
        long cells = ContentSupport.topicRow(otherCourse).with("name", "Cells").insert();
        String base = "/api/courses/topics/?course=" + course;

        assertEquals(List.of(atoms, waves, kinematics), get(Api.as(teacher), base), "order, then id");
        assertEquals(List.of(atoms, waves, kinematics), get(Api.as(teacher), base + "&ordering=order"));
        assertEquals(List.of(kinematics, atoms, waves), get(Api.as(teacher), base + "&ordering=-order"));
        assertEquals(List.of(atoms, kinematics, waves), get(Api.as(teacher), base + "&ordering=name"));
        assertEquals(List.of(waves, kinematics, atoms), get(Api.as(teacher), base + "&ordering=-name"));
        assertEquals(List.of(kinematics, waves, atoms), get(Api.as(teacher), base + "&ordering=created_at"));
        assertEquals(List.of(atoms, waves, kinematics), get(Api.as(teacher), base + "&ordering=-created_at"));
        assertEquals(List.of(atoms), get(Api.as(teacher), base + "&is_active=false"));
        assertEquals(List.of(waves, kinematics), get(Api.as(teacher), base + "&is_active=true"));
        assertEquals(List.of(cells), get(Api.as(teacher), "/api/courses/topics/?course=" + otherCourse));
        assertEquals(4, get(Api.as(teacher), "/api/courses/topics/").size(), "all of the teacher's topics");
        // search: name, description, course name
        assertEquals(List.of(waves), get(Api.as(teacher), "/api/courses/topics/?search=WAV"));
        assertEquals(List.of(kinematics), get(Api.as(teacher), "/api/courses/topics/?search=motion"));
        assertEquals(List.of(cells), get(Api.as(teacher), "/api/courses/topics/?search=" + otherCourseName));
        // A student sees the active topics only, with the same filters.
        Account student = Fixtures.student();
        assertEquals(List.of(waves, kinematics), get(Api.as(student), base));
        assertEquals(List.of(), get(Api.as(student), base + "&is_active=false"));
        assertEquals(List.of(kinematics, waves), get(Api.as(student), base + "&ordering=created_at"));

        Api.as(teacher).get("/api/courses/topics/?course=abc&is_active=perhaps").then().statusCode(400)
                .body("course[0]", equalTo("Enter a number."))
                .body("is_active[0]", equalTo("Select a valid choice. perhaps is not one of the available choices."));
    }

    @Test
    void lectures() {
        Account teacher = Fixtures.teacher();
        long course = ContentSupport.course(teacher, true);
        long topic = ContentSupport.topicRow(course).with("name", "Kinematics").insert();
        long waves = ContentSupport.topicRow(course).with("name", "Waves").insert();
        long velocity = ContentSupport.lectureRow(topic).with("name", "Velocity").with("description", "speed").with("price", new BigDecimal("100"))
                .with("sort_order", 2).with("created_at", daysAgo(3)).insert();
        long acceleration = ContentSupport.lectureRow(topic).with("name", "Acceleration").with("price", new BigDecimal("300"))
                .with("sort_order", 1).with("is_visible", false).with("created_at", daysAgo(1)).insert();
        long distance = ContentSupport.lectureRow(topic).with("name", "Distance").with("price", new BigDecimal("200"))
                .with("sort_order", 1).with("created_at", daysAgo(2)).insert();
        long frequency = ContentSupport.lectureRow(waves).with("name", "Frequency").insert();
        String base = "/api/courses/lectures/?topic=" + topic;

        assertEquals(List.of(acceleration, distance, velocity), get(Api.as(teacher), base), "order, then id");
        assertEquals(List.of(acceleration, distance, velocity), get(Api.as(teacher), base + "&ordering=order"));
        assertEquals(List.of(velocity, acceleration, distance), get(Api.as(teacher), base + "&ordering=-order"));
        assertEquals(List.of(velocity, distance, acceleration), get(Api.as(teacher), base + "&ordering=price"));
        assertEquals(List.of(acceleration, distance, velocity), get(Api.as(teacher), base + "&ordering=-price"));
        assertEquals(List.of(acceleration, distance, velocity), get(Api.as(teacher), base + "&ordering=name"));
        assertEquals(List.of(velocity, distance, acceleration), get(Api.as(teacher), base + "&ordering=-name"));
        assertEquals(List.of(velocity, distance, acceleration), get(Api.as(teacher), base + "&ordering=created_at"));
        assertEquals(List.of(acceleration, distance, velocity), get(Api.as(teacher), base + "&ordering=-created_at"));
        assertEquals(List.of(velocity, distance, acceleration), get(Api.as(teacher), base + "&ordering=-is_visible,price"),
                "unknown names in a list are skipped, the known ones apply");
        assertEquals(List.of(acceleration), get(Api.as(teacher), base + "&is_visible=false"));
        assertEquals(List.of(distance, velocity), get(Api.as(teacher), base + "&is_visible=true"));
        assertEquals(List.of(frequency), get(Api.as(teacher), "/api/courses/lectures/?topic=" + waves));
        // search: name, description, topic name
        assertEquals(List.of(distance), get(Api.as(teacher), "/api/courses/lectures/?search=DIST"));
        assertEquals(List.of(velocity), get(Api.as(teacher), "/api/courses/lectures/?search=speed"));
        assertEquals(List.of(frequency), get(Api.as(teacher), "/api/courses/lectures/?search=waves"));
        // A student: visible lectures only.
        Account student = Fixtures.student();
        assertEquals(List.of(distance, velocity), get(Api.as(student), base));
        assertEquals(List.of(velocity, distance), get(Api.as(student), base + "&ordering=price"));
        assertEquals(List.of(), get(Api.as(student), base + "&is_visible=false"));

        Api.as(teacher).get("/api/courses/lectures/?topic=x&is_visible=2").then().statusCode(400)
                .body("topic[0]", equalTo("Enter a number."))
                .body("is_visible[0]", equalTo("Select a valid choice. 2 is not one of the available choices."));
    }

    @Test
    void videos() {
        Account teacher = Fixtures.teacher();
        long topic = ContentSupport.topic(ContentSupport.course(teacher, true), true);
        long lecture = ContentSupport.lecture(topic, true);
        long otherLecture = ContentSupport.lecture(topic, true);
        String secret = Fixtures.unique("intro");
        long intro = ContentSupport.videoRow(lecture).with("name", "Intro").with("video_url", "https://youtube.com/watch?v=" + secret)
                .with("sort_order", 2).with("duration_minutes", 30).with("created_at", daysAgo(3)).insert();
        long deepDive = ContentSupport.videoRow(lecture).with("name", "Deep dive").with("platform", "bunnystream")
                .with("video_url", "https://vz-1.b-cdn.net/deep").with("sort_order", 1).with("duration_minutes", 90).with("is_active", false)
                .with("created_at", daysAgo(1)).insert();
        long summary = ContentSupport.videoRow(lecture).with("name", "Summary").with("platform", "vdocipher")
                .with("video_url", "https://player.vdocipher.com/summary").with("sort_order", 1).with("duration_minutes", 10)
                .with("created_at", daysAgo(2)).insert();
        long elsewhere = ContentSupport.videoRow(otherLecture).with("name", "Elsewhere").insert();
        String base = "/api/courses/videos/?lecture=" + lecture;

        assertEquals(List.of(deepDive, summary, intro), get(Api.as(teacher), base), "order, then id");
        assertEquals(List.of(deepDive, summary, intro), get(Api.as(teacher), base + "&ordering=order"));
        assertEquals(List.of(intro, deepDive, summary), get(Api.as(teacher), base + "&ordering=-order"));
        assertEquals(List.of(intro, summary, deepDive), get(Api.as(teacher), base + "&ordering=created_at"));
        assertEquals(List.of(deepDive, summary, intro), get(Api.as(teacher), base + "&ordering=-created_at"));
        assertEquals(List.of(summary, intro, deepDive), get(Api.as(teacher), base + "&ordering=duration_minutes"));
        assertEquals(List.of(deepDive, intro, summary), get(Api.as(teacher), base + "&ordering=-duration_minutes"));
        assertEquals(List.of(intro), get(Api.as(teacher), base + "&platform=youtube"));
        assertEquals(List.of(deepDive), get(Api.as(teacher), base + "&platform=bunnystream"));
        assertEquals(List.of(summary), get(Api.as(teacher), base + "&platform=vdocipher"));
        assertEquals(List.of(deepDive), get(Api.as(teacher), base + "&is_active=false"));
        assertEquals(List.of(summary, intro), get(Api.as(teacher), base + "&is_active=true"));
        assertEquals(List.of(elsewhere), get(Api.as(teacher), "/api/courses/videos/?lecture=" + otherLecture));
        // search: name or video URL (staff)
        assertEquals(List.of(summary), get(Api.as(teacher), "/api/courses/videos/?search=summ"));
        assertEquals(List.of(deepDive), get(Api.as(teacher), "/api/courses/videos/?search=b-cdn.net/deep"));
        assertEquals(List.of(intro), get(Api.as(teacher), "/api/courses/videos/?search=" + secret));
        // A student: active videos of visible lectures; a URL they may not see is not searchable either.
        Account student = Fixtures.student();
        assertEquals(List.of(summary, intro), get(Api.as(student), base));
        assertEquals(List.of(summary, intro), get(Api.as(student), base + "&ordering=duration_minutes"));
        assertEquals(List.of(intro), get(Api.as(student), "/api/courses/videos/?search=Intro&lecture=" + lecture));
        assertEquals(List.of(), get(Api.as(student), "/api/courses/videos/?search=" + secret));

        Api.as(teacher).get("/api/courses/videos/?platform=vimeo&lecture=y&is_active=z").then().statusCode(400)
                .body("platform[0]", equalTo("Select a valid choice. vimeo is not one of the available choices."))
                .body("lecture[0]", equalTo("Enter a number."))
                .body("is_active[0]", equalTo("Select a valid choice. z is not one of the available choices."));
    }

    @Test
    void staffProgressListIsMostRecentFirstAndPaginated() {
        Account teacher = Fixtures.teacher();
        long video = ContentSupport.video(ContentSupport.lecture(ContentSupport.topic(ContentSupport.course(teacher, true), true), true), true);
        Account early = Fixtures.student();
        Account recent = Fixtures.student();
        Account oldest = Fixtures.student();
        for (Object[] p : List.of(new Object[] {early, 2}, new Object[] {recent, 0}, new Object[] {oldest, 3})) {
            Db.insert("insert into video_progress(student_id, video_id, watched_seconds, completed, updated_at) values (?, ?, 10, false, ?)",
                    ((Account) p[0]).profileId(), video, daysAgo((Integer) p[1]));
        }
        String path = "/api/courses/videos/" + video + "/progress/";
        assertEquals(List.of(recent.profileId(), early.profileId(), oldest.profileId()),
                Api.as(teacher).get(path).then().statusCode(200).extract().jsonPath().getList("results.student", Long.class));
        Api.as(teacher).get(path + "?page_size=2").then().statusCode(200).body("count", equalTo(3)).body("results.size()", equalTo(2))
                .body("next", endsWith("page=2"));
        Api.as(teacher).get(path + "?page_size=2&page=2").then().statusCode(200).body("results[0].student", equalTo((int) oldest.profileId()));
    }
}
