package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/**
 * The two quiz timers through their run-now routes: overlapping runs (two at once, and the real
 * persistent timer firing every minute beside them) have each effect exactly once.
 */
class QuizTimerIT {
    private static final String CLOSE = "/api/learning/timers/close-expired-attempts/";
    private static final String NOTIFY = "/api/learning/timers/notify-closed-quizzes/";

    @Test
    void timersAreRegisteredAsPersistentTasks() {
        List<Map<String, Object>> tables = Db.rows("select table_schema, table_name from information_schema.tables where lower(table_name) = 'wlp_task' and table_schema = current_schema()");
        assertTrue(!tables.isEmpty(), "Liberty's persistent task table exists");
        String all = Db.rows("select * from \"" + tables.get(0).get("table_schema") + "\".\"" + tables.get(0).get("table_name") + "\"").toString();
        assertTrue(all.contains("QuizTimers"), "the quiz timers are stored as persistent tasks: " + all);
    }

    @Test
    void concurrentRunsCloseEachExpiredAttemptOnce() throws Exception {
        QuizSetup s = QuizSetup.create();
        long quiz = s.quiz(map(), s.choicesOnly());
        Set<Long> expired = new HashSet<>();
        for (int i = 0; i < 12; i++) {
            Account st = s.buyer();
            long a = QuizSetup.started(st, quiz);
            QuizSetup.ok(Api.as(st).body(map("answers", i % 2 == 0 ? s.rightChoices() : s.wrongChoices())).put(QuizSetup.QS + a + "/answers/"));
            QuizConcurrencyIT.moveDeadline(a, Instant.now().minusSeconds(40));
            expired.add(a);
        }
        Account live = s.buyer();
        long running = QuizSetup.started(live, quiz);
        Account owner = Fixtures.siteOwner();
        Api.token(owner);
        for (Account who : List.of(s.teacher(), live)) {
            Api.as(who).post(CLOSE).then().statusCode(403);
        }
        Api.anonymous().post(CLOSE).then().statusCode(401);

        List<Response> runs = QuizConcurrencyIT.parallel(2, () -> Api.as(owner).post(CLOSE));
        List<Long> reported = new ArrayList<>();
        for (Response r : runs) {
            assertEquals(200, r.statusCode(), r.asString());
            r.jsonPath().getList("closed_attempts", Long.class).stream().filter(expired::contains).forEach(reported::add);
        }
        assertEquals(reported.size(), new HashSet<>(reported).size(), "no attempt closed by two runs: " + reported);
        for (long a : expired) {
            Map<String, Object> row = Db.rows("select status, timed_out, score from quiz_attempts where id = ?", a).get(0);
            assertEquals("graded", row.get("status"), "attempt " + a);
            assertEquals(Boolean.TRUE, row.get("timed_out"));
            assertEquals(2, Db.count("select count(*) from quiz_answers where attempt_id = ? and points_awarded is not null and graded_at is not null", a));
        }
        assertEquals(6, Db.count("select count(*) from quiz_attempts where quiz_id = ? and timed_out and score = 5.00", quiz));
        assertEquals(6, Db.count("select count(*) from quiz_attempts where quiz_id = ? and timed_out and score = 0.00", quiz));
        assertEquals("in_progress", Db.rows("select status from quiz_attempts where id = ?", running).get(0).get("status"));
        List<Long> again = Api.as(owner).post(CLOSE).jsonPath().getList("closed_attempts", Long.class);
        assertTrue(again.stream().noneMatch(expired::contains));
    }

    @Test
    void afterCloseNoticeIsSentOnce() throws Exception {
        QuizSetup s = QuizSetup.create();
        long quiz = s.quiz(map("score_visibility", "after_close", "answers_visibility", "after_close",
                "close_date", Instant.now().plusSeconds(3600).toString()), s.choicesOnly());
        long manual = s.quiz(map("score_visibility", "manual", "close_date", Instant.now().plusSeconds(3600).toString()), s.choicesOnly());
        List<Account> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Account st = s.buyer();
            QuizSetup.ok(QuizSetup.submit(st, QuizSetup.started(st, quiz), s.rightChoices()));
            QuizSetup.ok(QuizSetup.submit(st, QuizSetup.started(st, manual), s.rightChoices()));
            students.add(st);
        }
        Account bystander = s.buyer();
        Account owner = Fixtures.siteOwner();
        Api.token(owner);
        Api.as(owner).post(NOTIFY).then().statusCode(200);
        assertEquals(0, Assess.notifications(students.get(0), "quiz_scores_released"), "not closed yet");
        Db.update("update quizzes set close_date = ? where id in (?, ?)", Assess.ts(Instant.now().minusSeconds(1)), quiz, manual);

        List<Response> runs = QuizConcurrencyIT.parallel(3, () -> Api.as(owner).post(NOTIFY));
        long mentions = 0;
        for (Response r : runs) {
            assertEquals(200, r.statusCode(), r.asString());
            List<Long> ids = r.jsonPath().getList("notified_quizzes", Long.class);
            mentions += ids.stream().filter(id -> id == quiz).count();
            assertTrue(!ids.contains(manual), "manual visibility is not announced at close");
        }
        assertTrue(mentions <= 1, "at most one run claims the quiz (the real timer may have): " + mentions);
        for (Account st : students) {
            assertEquals(1, Db.count("select count(*) from notifications where user_id = ? and notification_type = 'quiz_scores_released' "
                    + "and metadata like ?", st.userId(), "%\"quiz_id\":" + quiz + "%"));
            assertEquals(1, Assess.notifications(st, "quiz_answers_released"));
        }
        assertEquals(0, Assess.notifications(bystander, "quiz_scores_released"));
        assertEquals(1, Db.count("select count(*) from quizzes where id = ? and close_notified_at is not null", quiz));
        Api.as(owner).post(NOTIFY).then().statusCode(200);
        assertEquals(1, Assess.notifications(students.get(0), "quiz_scores_released"));
        Api.as(Fixtures.teacher()).post(NOTIFY).then().statusCode(403);
    }
}
