package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.map;
import static com.edutrack.it.assessment.QuizSetup.QS;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Parallel starts, the attempt limit under load, and the deadline that no client can move. */
class QuizConcurrencyIT {
    private static final String LATE = "The time for this attempt is over; it was closed with the answers saved before the deadline.";

    @Test
    void concurrentStartsMakeOneAttempt() throws Exception {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map(), s.choicesOnly());
        List<Response> rs = parallel(10, () -> QuizSetup.start(student, quiz));
        assertEquals(1, rs.stream().filter(r -> r.statusCode() == 201).count(), codes(rs));
        assertEquals(9, rs.stream().filter(r -> r.statusCode() == 200).count(), codes(rs));
        assertEquals(1, new HashSet<>(rs.stream().map(r -> r.path("id").toString()).toList()).size());
        assertEquals(1, Db.count("select count(*) from quiz_attempts where quiz_id = ? and student_id = ?", quiz, student.profileId()));
        assertEquals(2, Db.count("select count(*) from quiz_answers a join quiz_attempts t on t.id = a.attempt_id where t.quiz_id = ?", quiz));
    }

    @Test
    void attemptLimitHoldsUnderParallelStarts() throws Exception {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map("allow_multiple_attempts", true, "max_attempts", 3), s.choicesOnly());
        for (int round = 1; round <= 3; round++) {
            List<Response> rs = parallel(10, () -> QuizSetup.start(student, quiz));
            assertEquals(1, rs.stream().filter(r -> r.statusCode() == 201).count(), codes(rs));
            Response created = rs.stream().filter(r -> r.statusCode() == 201).findFirst().orElseThrow();
            assertEquals(round, (int) created.path("attempt_number"));
            QuizSetup.ok(QuizSetup.submit(student, ((Number) created.path("id")).longValue(), s.rightChoices()));
        }
        List<Response> rs = parallel(10, () -> QuizSetup.start(student, quiz));
        assertTrue(rs.stream().allMatch(r -> r.statusCode() == 400 && "You have used all your attempts for this quiz.".equals(r.path("error"))), codes(rs));
        assertEquals(3, Db.count("select count(*) from quiz_attempts where quiz_id = ? and student_id = ?", quiz, student.profileId()));
        // Parallel submits of one attempt grade it once: one 200, the rest refused.
        Account other = s.buyer();
        long attempt = QuizSetup.started(other, quiz);
        List<Response> submits = parallel(6, () -> QuizSetup.submit(other, attempt, s.rightChoices()));
        assertEquals(1, submits.stream().filter(r -> r.statusCode() == 200).count(), codes(submits));
        assertTrue(submits.stream().filter(r -> r.statusCode() != 200)
                .allMatch(r -> r.statusCode() == 400 && "This attempt has already been submitted.".equals(r.path("error"))), codes(submits));
    }

    @Test
    void aSubmitAfterDeadlineAndGraceIsRefusedAndTheSavedAnswersCount() {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map("timer_minutes", 10), s.choicesOnly());
        long attempt = QuizSetup.started(student, quiz);
        // Saved in time: the single-answer question right (2 points).
        QuizSetup.ok(Api.as(student).body(map("answers", List.of(Assess.ans(s.single().id(), s.single().choice(1))))).put(QS + attempt + "/answers/"));
        moveDeadline(attempt, Instant.now().minusSeconds(31));
        // Whatever the client sends now (the full right set) does not count.
        QuizSetup.submit(student, attempt, s.rightChoices()).then().statusCode(400).body("error", equalTo(LATE));
        Map<String, Object> row = Db.rows("select status, timed_out, score, submitted_at from quiz_attempts where id = ?", attempt).get(0);
        assertEquals("graded", row.get("status"));
        assertEquals(Boolean.TRUE, row.get("timed_out"));
        assertEquals(0, new java.math.BigDecimal("2.00").compareTo((java.math.BigDecimal) row.get("score")));
        QuizSetup.submit(student, attempt, s.rightChoices()).then().statusCode(400).body("error", equalTo(LATE));
        Api.as(student).body(map("answers", List.of())).put(QS + attempt + "/answers/").then().statusCode(400).body("error", equalTo(LATE));
        Api.as(student).get(QS + attempt + "/").then().statusCode(200).body("score", equalTo("2.00")).body("timed_out", equalTo(true))
                .body("questions[1].selected_choices.size()", equalTo(0));

        // Within the 30 s grace a submit still counts.
        Account punctual = s.buyer();
        long a2 = QuizSetup.started(punctual, quiz);
        moveDeadline(a2, Instant.now().minusSeconds(15));
        QuizSetup.submit(punctual, a2, s.rightChoices()).then().statusCode(200).body("score", equalTo("5.00")).body("timed_out", equalTo(false));

        // A late save closes the attempt too.
        Account saver = s.buyer();
        long a3 = QuizSetup.started(saver, quiz);
        moveDeadline(a3, Instant.now().minusSeconds(45));
        Api.as(saver).body(map("answers", s.rightChoices())).put(QS + a3 + "/answers/").then().statusCode(400).body("error", equalTo(LATE));
        assertEquals("graded", Db.rows("select status from quiz_attempts where id = ?", a3).get(0).get("status"));
    }

    @Test
    void deadlineIsCappedAtCloseDateAndAnExpiredAttemptMakesRoomForTheNext() {
        QuizSetup s = QuizSetup.create();
        Instant close = Instant.now().plus(Duration.ofMinutes(10)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        long quiz = s.quiz(map("timer_minutes", 60, "close_date", close.toString(), "allow_multiple_attempts", true, "max_attempts", 2), s.choicesOnly());
        Account student = s.buyer();
        Response r = QuizSetup.start(student, quiz);
        r.then().statusCode(201);
        assertEquals(close, Instant.parse(r.path("deadline")));
        long first = ((Number) r.path("id")).longValue();
        moveDeadline(first, Instant.now().minusSeconds(60));
        Response next = QuizSetup.start(student, quiz);
        next.then().statusCode(201).body("attempt_number", equalTo(2));
        Map<String, Object> old = Db.rows("select status, timed_out from quiz_attempts where id = ?", first).get(0);
        assertEquals("graded", old.get("status"));
        assertEquals(Boolean.TRUE, old.get("timed_out"));
    }

    static void moveDeadline(long attempt, Instant deadline) {
        Db.update("update quiz_attempts set started_at = ?, deadline = ? where id = ?",
                Assess.ts(deadline.minus(Duration.ofMinutes(10))), Assess.ts(deadline), attempt);
    }

    static List<Response> parallel(int n, Callable<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Response>> fs = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                fs.add(pool.submit(() -> {
                    go.await();
                    return call.call();
                }));
            }
            go.countDown();
            List<Response> out = new ArrayList<>();
            for (Future<Response> f : fs) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdown();
        }
    }

    private static String codes(List<Response> rs) {
        return rs.stream().map(r -> r.statusCode() + " " + r.asString()).toList().toString();
    }
}
