package com.edutrack.incontainer;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.sql.DataSource;

/**
 * Fixture rows written with SQL through the server's own data source (outside any transaction of
 * the test, so they are committed at once), and counts to check what a bean did.
 */
final class Rows {
    private static final AtomicLong SEQ = new AtomicLong(System.nanoTime() % 1_000_000);

    private Rows() {
    }

    static DataSource dataSource() {
        try {
            return (DataSource) new InitialContext().lookup("jdbc/edutrack");
        } catch (NamingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String unique(String prefix) {
        return prefix + "-" + SEQ.incrementAndGet();
    }

    static Timestamp at(Instant instant) {
        return Timestamp.from(instant);
    }

    static Timestamp now() {
        return at(Instant.now());
    }

    static long insert(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql, new String[] {"id"})) {
            bind(s, params);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int update(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static long count(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static Object value(String sql, Object... params) {
        try (Connection c = dataSource().getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getObject(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static void bind(PreparedStatement s, Object... params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            s.setObject(i + 1, params[i]);
        }
    }

    /** A user of the role; returns users.id. */
    static long user(String role) {
        String name = unique(role);
        return insert("insert into users(uuid, username, password_hash, role, name, gmail, is_active, created_at, updated_at, version) "
                + "values (?, ?, 'unusable', ?, ?, ?, true, ?, ?, 0)", UUID.randomUUID(), name, role, name, name + "@gmail.com", now(), now());
    }

    /** A teacher: {userId, teacherId}. */
    static long[] teacher() {
        long user = user("teacher");
        return new long[] {user, insert("insert into teachers(user_id, phone, created_at) values (?, '01000000000', ?)", user, now())};
    }

    /** A student of a new grade: {userId, studentId}. */
    static long[] student() {
        long user = user("student");
        long grade = insert("insert into grades(name, sort_order, is_active) values (?, 1, true)", unique("grade"));
        long gov = insert("insert into governorates(name, sort_order, is_active) values (?, 1, true)", unique("gov"));
        long area = insert("insert into areas(governorate_id, name, sort_order, is_active) values (?, ?, 1, true)", gov, unique("area"));
        long id = insert("insert into students(user_id, student_code, name_ar, name_en, phone_number, grade_id, national_id, birth_date, gender, "
                + "governorate_id, area_id, status, can_access_course, created_at, updated_at, version) values (?, ?, 'طالب', ?, '01012345678', ?, "
                + "'30001010100000', ?, 'male', ?, ?, 'active', true, ?, ?, 0)", user, unique("S"), unique("student"), grade,
                java.sql.Date.valueOf("2008-01-01"), gov, area, now(), now());
        return new long[] {user, id};
    }

    static long course(long teacherId) {
        long grade = insert("insert into grades(name, sort_order, is_active) values (?, 1, true)", unique("grade"));
        long subject = insert("insert into subjects(name, sort_order, is_active) values (?, 1, true)", unique("subject"));
        return insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacherId, grade, subject, unique("course"), now(), now());
    }

    /** A visible lecture in a new active topic of the course. */
    static long lecture(long course, String price) {
        long topic = insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, unique("topic"), now(), now());
        return insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, ?, 0, 30, true, 0, ?, ?)", topic, unique("lecture"), new BigDecimal(price), now(), now());
    }

    /** A published quiz of the lecture that shows scores after close, closing at {@code closes}. */
    static long quiz(long lecture, long createdBy, Instant closes) {
        return insert("insert into quizzes(lecture_id, title, is_active, is_published, open_date, close_date, timer_minutes, score_visibility, "
                + "answers_visibility, question_order, allow_multiple_attempts, max_attempts, attempt_scoring, created_by, created_at, updated_at) "
                + "values (?, ?, true, true, ?, ?, 30, 'after_close', 'manual', 'fixed', false, 1, 'best', ?, ?, ?)",
                lecture, unique("quiz"), at(closes.minusSeconds(7200)), at(closes), createdBy, now(), now());
    }

    static long gradedAttempt(long quiz, long studentId) {
        return insert("insert into quiz_attempts(quiz_id, student_id, attempt_number, status, started_at, deadline, submitted_at, graded_at, score, max_score) "
                + "values (?, ?, 1, 'graded', ?, ?, ?, ?, 0, 0)", quiz, studentId, now(), now(), now(), now());
    }

    static long homework(long lecture, long createdBy) {
        return insert("insert into homeworks(lecture_id, title, is_active, is_published, created_by, created_at, updated_at) values (?, ?, true, true, ?, ?, ?)",
                lecture, unique("homework"), createdBy, now(), now());
    }
}
