package com.edutrack.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;

/**
 * Bulk fixtures written by JDBC (not measured): students, a course with its content, and the
 * enrollments, balances, purchases and notifications a scenario needs. Students of one batch share
 * a username prefix, which the set-based inserts select by.
 */
final class BenchData {
    private BenchData() {
    }

    /** A course of the teacher with {@code topics} topics of {@code lectures} lectures of {@code videos} videos; the lecture ids. */
    static Course course(long teacherProfileId, String name, int topics, int lectures, int videos) {
        Timestamp now = Timestamp.from(Instant.now());
        long course = Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) "
                + "values (?, ?, ?, ?, true, ?, ?)", teacherProfileId, Fixtures.grade(), Fixtures.subject(), Fixtures.unique(name), now, now);
        List<Long> topicIds = new ArrayList<>();
        List<Long> lectureIds = new ArrayList<>();
        for (int t = 0; t < topics; t++) {
            long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, ?, true, ?, ?)",
                    course, "Topic " + t, t, now, now);
            topicIds.add(topic);
            for (int l = 0; l < lectures; l++) {
                long lecture = Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, "
                        + "created_at, updated_at) values (?, ?, 60.00, 0, 30, true, ?, ?, ?)", topic, "Lecture " + t + "." + l, l, now, now);
                lectureIds.add(lecture);
                for (int v = 0; v < videos; v++) {
                    Db.insert("insert into videos(lecture_id, name, platform, video_url, duration_minutes, is_active, sort_order, created_at, "
                            + "updated_at) values (?, ?, 'youtube', ?, 12, true, ?, ?, ?)", lecture, "Video " + v,
                            "https://www.youtube.com/watch?v=bench" + lecture + "x" + v, v, now, now);
                }
            }
        }
        return new Course(course, topicIds, lectureIds);
    }

    record Course(long id, List<Long> topicIds, List<Long> lectureIds) {
    }

    /** {@code count} active students named {@code prefix-i} with the fixture password; their usernames. */
    static List<String> students(String prefix, int count) throws Exception {
        long grade = Fixtures.grade();
        long gov = Fixtures.governorate();
        long area = Fixtures.area(gov);
        Timestamp now = Timestamp.from(Instant.now());
        String hash = Fixtures.hash(Fixtures.PASSWORD);
        List<String> usernames = new ArrayList<>();
        try (Connection c = Db.connect()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("insert into users(uuid, username, password_hash, role, name, gmail, is_active, "
                    + "created_at, updated_at, version) values (?, ?, ?, 'student', ?, ?, true, ?, ?, 0)")) {
                for (int i = 0; i < count; i++) {
                    String username = prefix + "-" + i;
                    usernames.add(username);
                    s.setObject(1, UUID.randomUUID());
                    s.setString(2, username);
                    s.setString(3, hash);
                    s.setString(4, "Bench student " + i);
                    s.setString(5, username + "@gmail.com");
                    s.setTimestamp(6, now);
                    s.setTimestamp(7, now);
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("insert into students(user_id, student_code, name_ar, name_en, phone_number, grade_id, "
                    + "national_id, birth_date, gender, governorate_id, area_id, status, can_access_course, created_at, updated_at, version) "
                    + "select u.id, 'R' || u.id, 'طالب', u.name, '01012345678', ?, '30001010100000', date '2008-01-01', 'male', ?, ?, 'active', "
                    + "true, ?, ?, 0 from users u where u.username like ?")) {
                s.setLong(1, grade);
                s.setLong(2, gov);
                s.setLong(3, area);
                s.setTimestamp(4, now);
                s.setTimestamp(5, now);
                s.setString(6, prefix + "-%");
                s.executeUpdate();
            }
            c.commit();
        }
        return usernames;
    }

    /** An unexpired purchase of the lecture for every student of the batch. */
    static void purchases(String prefix, long lecture) {
        Timestamp now = Timestamp.from(Instant.now());
        Timestamp until = Timestamp.from(Instant.now().plus(Duration.ofDays(30)));
        Db.update("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                + "select st.id, ?, 60.00, ?, ?, ?, 0 from students st join users u on u.id = st.user_id where u.username like ?",
                lecture, now, until, until, prefix + "-%");
    }

    /** An approved enrollment in the course for every student of the batch. */
    static void approved(String prefix, long course) {
        Db.update("insert into course_enrollments (student_id, course_id, status, enrolled_at, responded_at) "
                + "select st.id, ?, 'approved', now(), now() from students st join users u on u.id = st.user_id where u.username like ?",
                course, prefix + "-%");
    }

    /** A balance in the course for every student of the batch, with its deposit in the ledger. */
    static void balances(String prefix, long course, String amount) {
        Db.update("insert into course_balances (student_id, course_id, balance, updated_at) select st.id, ?, cast(? as numeric), now() "
                + "from students st join users u on u.id = st.user_id where u.username like ?", course, amount, prefix + "-%");
        Db.update("insert into balance_transactions (balance_id, transaction_type, amount, balance_after, reason, created_at) "
                + "select b.id, 'deposit', b.balance, b.balance, 'bench', now() from course_balances b join students st on st.id = b.student_id "
                + "join users u on u.id = st.user_id where b.course_id = ? and u.username like ?", course, prefix + "-%");
    }

    /** {@code perUser} notifications (half read) for every student of the batch. */
    static void notifications(String prefix, int perUser) {
        for (int i = 0; i < perUser; i++) {
            Db.update("insert into notifications (user_id, notification_type, title, message, is_read, created_at) "
                    + "select u.id, 'lecture_purchased', 'Bench ' || ?, 'A bench notification', ?, now() from users u where u.username like ?",
                    i, i % 2 == 0, prefix + "-%");
        }
    }
}
