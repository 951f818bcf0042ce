package com.edutrack.it.content;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import javax.imageio.ImageIO;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import io.restassured.response.Response;

/**
 * Shared fixtures of the content tests: rows written straight into the database (so a test about
 * reading or refusing does not depend on the create routes), the seed's response keys, uploads
 * and small HTTP helpers.
 */
final class ContentSupport {
    private ContentSupport() {
    }

    // The seed's keys (teacher API sections 2-5; platform.md 3 adds is_purchased to lectures).
    static final Set<String> PAGE_KEYS = Set.of("count", "next", "previous", "results");
    static final Set<String> ALL_KEYS = Set.of("count", "results");
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
    // platform.md 3: a student's report and their list per lecture; staff's per-student list.
    static final Set<String> PROGRESS_KEYS = Set.of("video", "watched_seconds", "completed", "updated_at");
    static final Set<String> STUDENT_PROGRESS_KEYS = Set.of("student", "student_name", "student_code", "video", "watched_seconds", "completed",
            "updated_at");

    static final String NOT_FOUND = "Not found.";
    static final String NO_PERMISSION = "You do not have permission to perform this action.";
    static final String NOT_SIGNED_IN = "Authentication credentials were not provided.";

    /** A real 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");
    /** A small but complete PDF document (one empty page), to be sent under an image's name. */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            + "3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);

    /** A real PNG of random pixels (incompressible) that is larger than the 5 MB limit. */
    static byte[] oversizedPng() {
        BufferedImage image = new BufferedImage(1400, 1400, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(7);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A JSON object from alternating keys and values (strings quoted, numbers, booleans and null as they are). */
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

    static Timestamp daysFromNow(long days) {
        return Timestamp.from(Instant.now().plus(Duration.ofDays(days)));
    }

    // ---- rows ------------------------------------------------------------------------------

    /** One row to insert; the table's defaults come from the factory methods, {@link #with} overrides one column. */
    static final class Row {
        private final String table;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Row(String table) {
            this.table = table;
        }

        Row with(String column, Object value) {
            columns.put(column, value);
            return this;
        }

        long insert() {
            String names = String.join(", ", columns.keySet());
            String marks = String.join(", ", columns.keySet().stream().map(c -> "?").toList());
            return Db.insert("insert into " + table + "(" + names + ") values (" + marks + ")", columns.values().toArray());
        }

        /** {@code n} copies in one statement; {@code name} gets the suffix -1..-n so each row is told apart. */
        void insertCopies(int n) {
            List<Object> params = new ArrayList<>();
            List<String> selects = new ArrayList<>();
            for (Map.Entry<String, Object> c : columns.entrySet()) {
                if (c.getKey().equals("name")) {
                    selects.add("? || '-' || g");
                } else {
                    selects.add("?");
                }
                params.add(c.getValue());
            }
            Db.update("insert into " + table + "(" + String.join(", ", columns.keySet()) + ") select " + String.join(", ", selects)
                    + " from generate_series(1, " + n + ") g", params.toArray());
        }
    }

    static Row courseRow(Fixtures.Account teacher) {
        return new Row("courses").with("teacher_id", teacher.profileId()).with("grade_id", Fixtures.grade()).with("subject_id", Fixtures.subject())
                .with("name", Fixtures.unique("course")).with("is_active", true).with("created_at", now()).with("updated_at", now());
    }

    static Row topicRow(long course) {
        return new Row("topics").with("course_id", course).with("name", Fixtures.unique("topic")).with("sort_order", 0)
                .with("is_active", true).with("created_at", now()).with("updated_at", now());
    }

    /** price 200.00 - discount 50.00 = 150.00, 30 days. */
    static Row lectureRow(long topic) {
        return new Row("lectures").with("topic_id", topic).with("name", Fixtures.unique("lecture")).with("price", new BigDecimal("200.00"))
                .with("discount", new BigDecimal("50.00")).with("available_days", 30).with("is_visible", true).with("sort_order", 0)
                .with("created_at", now()).with("updated_at", now());
    }

    static Row videoRow(long lecture) {
        return new Row("videos").with("lecture_id", lecture).with("name", Fixtures.unique("video")).with("platform", "youtube")
                .with("video_url", "https://youtube.com/watch?v=" + Fixtures.unique("v")).with("duration_minutes", 65)
                .with("is_active", true).with("sort_order", 0).with("created_at", now()).with("updated_at", now());
    }

    static long course(Fixtures.Account teacher, boolean active) {
        return courseRow(teacher).with("is_active", active).insert();
    }

    static long topic(long course, boolean active) {
        return topicRow(course).with("is_active", active).insert();
    }

    static long lecture(long topic, boolean visible) {
        return lectureRow(topic).with("is_visible", visible).insert();
    }

    static long video(long lecture, boolean active) {
        return videoRow(lecture).with("is_active", active).insert();
    }

    /** A purchase valid until {@code effectiveExpiry} (in the past for an expired one). */
    static long purchase(Fixtures.Account student, long lecture, Timestamp effectiveExpiry) {
        return Db.insert("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                + "values (?, ?, 150.00, ?, ?, ?, 0)", student.profileId(), lecture, daysFromNow(-40), effectiveExpiry, effectiveExpiry);
    }

    static void progress(Fixtures.Account student, long video, int seconds) {
        Db.insert("insert into video_progress(student_id, video_id, watched_seconds, completed, updated_at) values (?, ?, ?, false, ?)",
                student.profileId(), video, seconds, now());
    }

    /** Everything stored about one content row (an empty list once it is deleted), to prove a refused write changed nothing. */
    static List<Map<String, Object>> stored(String table, long id) {
        return Db.rows("select * from " + table + " where id = ?", id);
    }

    // ---- HTTP ------------------------------------------------------------------------------

    static Response post(Fixtures.Account who, String what, String body) {
        return Api.as(who).body(body).post("/api/courses/" + what + "/");
    }

    /** The {@code X-Sql-Statements} of a GET that must succeed. */
    static int statements(Fixtures.Account who, String path) {
        Response r = who == null ? Api.anonymous().get(path) : Api.as(who).get(path);
        return Integer.parseInt(r.then().statusCode(200).extract().header("X-Sql-Statements"));
    }

    /** The ids of a list answer, paginated ({@code results}) or a plain array. */
    static List<Long> ids(Response r) {
        Object body = r.then().statusCode(200).extract().as(Object.class);
        List<?> items = body instanceof Map<?, ?> page ? (List<?>) page.get("results") : (List<?>) body;
        return items.stream().map(i -> ((Number) ((Map<?, ?>) i).get("id")).longValue()).toList();
    }
}
