package com.edutrack.it.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every content list and detail runs the same number of SQL statements (the server's
 * {@code X-Sql-Statements}) with 2 and with 100 children, for every kind of viewer.
 */
class ContentStatementsIT {
    static Tree small;
    static Tree large;

    /**
     * A teacher with {@code n} courses; the main course has {@code n} topics, the main topic
     * {@code n} lectures (2 videos each), the main lecture {@code n} videos, and its first video
     * progress reports of {@code n} students. The viewing student bought every lecture of the main
     * topic and reported progress on every video of the main lecture.
     */
    record Tree(Account teacher, Account assistant, Account student, long course, long topic, long lecture, long video) {
        static Tree grow(int n) {
            Account teacher = Fixtures.teacher();
            long course = ContentSupport.course(teacher, true);
            ContentSupport.courseRow(teacher).insertCopies(n - 1);
            long topic = ContentSupport.topic(course, true);
            ContentSupport.topicRow(course).insertCopies(n - 1);
            long lecture = ContentSupport.lecture(topic, true);
            ContentSupport.lectureRow(topic).insertCopies(n - 1);
            for (int i = 0; i < 2; i++) {
                Db.update("insert into videos(lecture_id, name, platform, video_url, duration_minutes, is_active, sort_order, created_at, updated_at) "
                        + "select l.id, 'video', 'youtube', 'https://youtu.be/x', 10, true, 0, ?, ? from lectures l where l.topic_id = ?",
                        ContentSupport.now(), ContentSupport.now(), topic);
            }
            ContentSupport.videoRow(lecture).insertCopies(n - 2);
            long video = Db.count("select min(id) from videos where lecture_id = ?", lecture);
            Account student = Fixtures.student();
            Db.update("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                    + "select ?, l.id, 150.00, ?, ?, ?, 0 from lectures l where l.topic_id = ?", student.profileId(), ContentSupport.now(),
                    ContentSupport.daysFromNow(30), ContentSupport.daysFromNow(30), topic);
            Db.update("insert into video_progress(student_id, video_id, watched_seconds, completed, updated_at) "
                    + "select ?, v.id, 10, false, ? from videos v where v.lecture_id = ? and v.id <> ?", student.profileId(), ContentSupport.now(), lecture, video);
            for (int i = 0; i < n - 1; i++) {
                ContentSupport.progress(Fixtures.student(), video, 20);
            }
            ContentSupport.progress(student, video, 30);
            return new Tree(teacher, Fixtures.assistant(teacher), student, course, topic, lecture, video);
        }
    }

    @BeforeAll
    static void grow() {
        small = Tree.grow(2);
        large = Tree.grow(100);
        assertEquals(100, Db.count("select count(*) from lectures where topic_id = ?", large.topic()));
        assertEquals(100, Db.count("select count(*) from videos where lecture_id = ?", large.lecture()));
        assertEquals(100, Db.count("select count(*) from video_progress where video_id = ?", large.video()));
        assertEquals(2, Db.count("select count(*) from videos where lecture_id = ?", small.lecture()));
    }

    /** The same statement count for the small and the large tree, for each viewer. */
    private static void sameCount(List<Function<Tree, Account>> viewers, Function<Tree, String> path) {
        for (Function<Tree, Account> viewer : viewers) {
            String smallPath = path.apply(small);
            int few = ContentSupport.statements(viewer.apply(small), smallPath);
            int many = ContentSupport.statements(viewer.apply(large), path.apply(large));
            assertEquals(few, many, smallPath + " as " + (viewer.apply(small) == null ? "anonymous" : viewer.apply(small).role()));
        }
    }

    private static final Function<Tree, Account> ANONYMOUS = t -> null;
    private static final Function<Tree, Account> TEACHER = Tree::teacher;
    private static final Function<Tree, Account> ASSISTANT = Tree::assistant;
    private static final Function<Tree, Account> STUDENT = Tree::student;
    private static Account owner;

    private static List<Function<Tree, Account>> everyone() {
        if (owner == null) {
            owner = Fixtures.siteOwner();
        }
        return List.of(TEACHER, ASSISTANT, STUDENT, t -> owner);
    }

    /** Each list in its paginated form (a page of 50 of the 100) and in full with all=true. */
    private static List<Function<Tree, String>> bothForms(Function<Tree, String> list) {
        List<Function<Tree, String>> forms = new ArrayList<>();
        forms.add(list);
        forms.add(t -> list.apply(t) + (list.apply(t).contains("?") ? "&" : "?") + "all=true");
        return forms;
    }

    @Test
    void courses() {
        List<Function<Tree, Account>> catalogViewers = new ArrayList<>(everyone());
        catalogViewers.add(ANONYMOUS);
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/courses/?teacher=" + t.teacher().profileId())) {
            sameCount(catalogViewers, path);
        }
        sameCount(catalogViewers, t -> "/api/courses/courses/" + t.course() + "/");
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/my_courses/")) {
            sameCount(List.of(TEACHER, ASSISTANT), path);
        }
    }

    @Test
    void topics() {
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/topics/?course=" + t.course())) {
            sameCount(everyone(), path);
        }
        sameCount(List.of(TEACHER, ASSISTANT), t -> "/api/courses/topics/?all=true");
        sameCount(everyone(), t -> "/api/courses/topics/" + t.topic() + "/");
        sameCount(everyone(), t -> "/api/courses/topics/" + t.topic() + "/lectures/");
    }

    @Test
    void lectures() {
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/lectures/?topic=" + t.topic())) {
            sameCount(everyone(), path);
        }
        sameCount(List.of(TEACHER, ASSISTANT), t -> "/api/courses/lectures/?all=true");
        sameCount(everyone(), t -> "/api/courses/lectures/" + t.lecture() + "/");
        sameCount(everyone(), t -> "/api/courses/lectures/" + t.lecture() + "/videos/");
        sameCount(List.of(STUDENT), t -> "/api/courses/lectures/" + t.lecture() + "/progress/");
    }

    @Test
    void videos() {
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/videos/?lecture=" + t.lecture())) {
            sameCount(everyone(), path);
        }
        sameCount(List.of(TEACHER, ASSISTANT), t -> "/api/courses/videos/?all=true");
        sameCount(everyone(), t -> "/api/courses/videos/" + t.video() + "/");
        List<Function<Tree, Account>> staff = new ArrayList<>(everyone());
        staff.remove(STUDENT);
        for (Function<Tree, String> path : bothForms(t -> "/api/courses/videos/" + t.video() + "/progress/")) {
            sameCount(staff, path);
        }
    }
}
