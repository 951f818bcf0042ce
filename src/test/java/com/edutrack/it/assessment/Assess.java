package com.edutrack.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;

/** Fixtures of the assessment tests: lectures, purchases and curriculum rows in the database, questions over HTTP. */
final class Assess {
    private Assess() {
    }

    /** A bank question as created: its id and its choices' ids in order. */
    record Q(long id, List<Long> choices) {
        long choice(int i) {
            return choices.get(i);
        }
    }

    static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    /** A visible lecture in an active topic of an active course of the teacher. */
    static long lecture(Account teacher) {
        Timestamp now = ts(Instant.now());
        long course = Db.insert("insert into courses(teacher_id, grade_id, subject_id, name, is_active, created_at, updated_at) values (?, ?, ?, ?, true, ?, ?)",
                teacher.profileId(), Fixtures.grade(), Fixtures.subject(), Fixtures.unique("course"), now, now);
        long topic = Db.insert("insert into topics(course_id, name, sort_order, is_active, created_at, updated_at) values (?, ?, 0, true, ?, ?)",
                course, Fixtures.unique("topic"), now, now);
        return Db.insert("insert into lectures(topic_id, name, price, discount, available_days, is_visible, sort_order, created_at, updated_at) "
                + "values (?, ?, 100.00, 0, 30, true, 0, ?, ?)", topic, Fixtures.unique("lecture"), now, now);
    }

    /**
     * The one way these tests buy a lecture: a row of lecture_purchases (the purchase API is another
     * feature's). {@code validFor} may be negative for an expired purchase.
     */
    static long purchase(Account student, long lecture, Duration validFor) {
        Instant now = Instant.now();
        Timestamp expiry = ts(now.plus(validFor));
        return Db.insert("insert into lecture_purchases (student_id, lecture_id, amount_paid, purchased_at, expires_at, effective_expiry, extra_days) "
                + "values (?,?,?,?,?,?,0)", student.profileId(), lecture, new java.math.BigDecimal("100.00"), ts(now.minus(Duration.ofDays(1))), expiry, expiry);
    }

    static long purchase(Account student, long lecture) {
        return purchase(student, lecture, Duration.ofDays(30));
    }

    /** A chapter and a lesson of a fresh subject and grade. */
    static long lesson() {
        Timestamp now = ts(Instant.now());
        long chapter = Db.insert("insert into qb_chapters(subject_id, grade_id, name, sort_order, created_at) values (?, ?, ?, 0, ?)",
                Fixtures.subject(), Fixtures.grade(), Fixtures.unique("chapter"), now);
        return Db.insert("insert into qb_lessons(chapter_id, name, sort_order, created_at) values (?, ?, 0, ?)", chapter, Fixtures.unique("lesson"), now);
    }

    static Map<String, Object> map(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static Map<String, Object> choice(String text, boolean correct) {
        return map("text", text, "is_correct", correct);
    }

    /** A multiple-choice question with one choice per flag (true = correct). */
    static Q mcq(Account author, long lesson, int points, boolean multiple, boolean... correct) {
        List<Map<String, Object>> choices = new ArrayList<>();
        for (int i = 0; i < correct.length; i++) {
            choices.add(choice("choice " + i, correct[i]));
        }
        Response r = Api.as(author).body(map("lesson", lesson, "question_type", multiple ? "mcq_multiple" : "mcq_single",
                "text", "Question " + Fixtures.unique("q"), "points", points, "choices", choices)).post("/api/question-bank/questions/");
        assertEquals(201, r.statusCode(), r.asString());
        return new Q(((Number) r.path("id")).longValue(), r.jsonPath().getList("choices.id", Long.class));
    }

    static Q written(Account author, long lesson, int points) {
        Response r = Api.as(author).body(map("lesson", lesson, "question_type", "written", "text", "Explain " + Fixtures.unique("w"),
                "points", points)).post("/api/question-bank/questions/");
        assertEquals(201, r.statusCode(), r.asString());
        return new Q(((Number) r.path("id")).longValue(), List.of());
    }

    static long id(Response r, int status) {
        assertEquals(status, r.statusCode(), r.asString());
        return ((Number) r.path("id")).longValue();
    }

    static int statements(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
        return Integer.parseInt(r.header("X-Sql-Statements"));
    }

    static List<Map<String, Object>> answer(long question, List<Long> choices, String text) {
        List<Map<String, Object>> l = new ArrayList<>();
        l.add(map("question", question, "selected_choices", choices, "text_answer", text));
        return l;
    }

    static Map<String, Object> ans(long question, Long... choices) {
        return map("question", question, "selected_choices", List.of(choices));
    }

    static long notifications(Account user, String type) {
        return Db.count("select count(*) from notifications where user_id = ? and notification_type = ?", user.userId(), type);
    }
}
