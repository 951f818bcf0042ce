package com.edutrack.it.content;

import java.sql.Timestamp;
import java.time.Instant;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;

/** Content rows written straight into the database for tests that are not about creating them. */
final class ContentSupport {
    private ContentSupport() {
    }

    /** A JSON object from alternating keys and values (strings quoted, numbers and booleans as they are). */
    static String json(Object... kv) {
        StringBuilder b = new StringBuilder("{");
        for (int i = 0; i < kv.length; i += 2) {
            if (i > 0) {
                b.append(',');
            }
            b.append('"').append(kv[i]).append("\":");
            Object v = kv[i + 1];
            b.append(v instanceof String s ? '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : String.valueOf(v));
        }
        return b.append('}').toString();
    }

    static Timestamp now() {
        return Timestamp.from(Instant.now());
    }

    static long course(Fixtures.Account teacher, boolean active) {
        return Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), Fixtures.unique("course"), active, now(), now());
    }

    static long topic(long course, boolean active) {
        return Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, ?, ?, ?)",
                course, Fixtures.unique("topic"), active, now(), now());
    }

    static long lecture(long topic, boolean visible) {
        return Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, 200.00, 50.00, 30, ?, 0, ?, ?)", topic, Fixtures.unique("lecture"), visible, now(), now());
    }

    static long video(long lecture, boolean active) {
        return Db.insert("insert into videos(lecture_id, name, platform, video_url, duration_minutes, is_active, sort_order, created_at, updated_at) "
                + "values (?, ?, 'youtube', 'https://youtube.com/watch?v=x', 65, ?, 0, ?, ?)", lecture, Fixtures.unique("video"), active, now(), now());
    }
}
