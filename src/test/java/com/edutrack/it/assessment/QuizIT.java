package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.ans;
import static com.edutrack.it.assessment.Assess.map;
import static com.edutrack.it.assessment.QuizSetup.QS;
import static com.edutrack.it.assessment.QuizSetup.QZ;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Quizzes: settings, the authorization walk, grading, visibility, attempt scoring, results. */
class QuizIT {

    @Test
    void settingsDefaultsAndValidation() {
        QuizSetup s = QuizSetup.create();
        Response r = Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "Defaults", "question_ids", List.of(s.single().id()))).post(QZ);
        r.then().statusCode(201).body("is_published", equalTo(false)).body("is_active", equalTo(true)).body("passing_score", nullValue())
                .body("settings.timer_minutes", equalTo(30)).body("settings.score_visibility", equalTo("immediate"))
                .body("settings.answers_visibility", equalTo("immediate")).body("settings.question_order", equalTo("fixed"))
                .body("settings.shuffle_choices", equalTo(false)).body("settings.allow_multiple_attempts", equalTo(false))
                .body("settings.max_attempts", equalTo(1)).body("settings.attempt_scoring", equalTo("best"))
                .body("settings.show_correct_after_submission", equalTo(true)).body("settings.open_date", nullValue())
                .body("total_points", equalTo(2)).body("questions[0].choices[1].is_correct", equalTo(true));
        long id = ((Number) r.path("id")).longValue();
        Api.as(s.teacher()).body(map("settings", map("allow_multiple_attempts", true))).patch(QZ + id + "/").then().statusCode(200)
                .body("settings.max_attempts", nullValue());
        Api.as(s.teacher()).body(map("settings", map("max_attempts", 4, "allow_multiple_attempts", false))).patch(QZ + id + "/").then()
                .statusCode(200).body("settings.max_attempts", equalTo(1));
        Api.as(s.teacher()).body(map("passing_score", "62.5", "settings", map("allow_multiple_attempts", true, "max_attempts", 3,
                "attempt_scoring", "average", "close_date", "2031-01-01T10:00:00Z"))).patch(QZ + id + "/").then().statusCode(200)
                .body("passing_score", equalTo("62.50")).body("settings.max_attempts", equalTo(3)).body("settings.attempt_scoring", equalTo("average"))
                .body("settings.close_date", equalTo("2031-01-01T10:00:00Z")).body("settings.timer_minutes", equalTo(30));

        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "passing_score", 101,
                "settings", map("timer_minutes", 0, "score_visibility", "never", "attempt_scoring", "worst"))).post(QZ)
                .then().statusCode(400).body("passing_score[0]", equalTo("Ensure this value is less than or equal to 100."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x",
                "settings", map("timer_minutes", 0, "score_visibility", "never", "attempt_scoring", "worst"))).post(QZ)
                .then().statusCode(400).body("timer_minutes[0]", equalTo("Ensure this value is greater than or equal to 1."))
                .body("score_visibility[0]", equalTo("\"never\" is not a valid choice.")).body("attempt_scoring[0]", equalTo("\"worst\" is not a valid choice."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "settings", map("answers_visibility", "after_close"))).post(QZ)
                .then().statusCode(400).body("close_date[0]", equalTo("A close date is needed when scores or answers are shown after close."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "is_published", true)).post(QZ)
                .then().statusCode(400).body("is_published[0]", equalTo("A quiz needs at least one question to be published."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "settings", map("open_date", "2031-01-02T00:00:00Z", "close_date", "2031-01-01T00:00:00Z")))
                .post(QZ).then().statusCode(400).body("close_date[0]", equalTo("Close date must be after the open date."));
    }

    @Test
    void authorizationWalk() {
        QuizSetup s = QuizSetup.create();
        Account assistant = Fixtures.assistant(s.teacher());
        Account other = Fixtures.teacher();
        Account student = s.buyer();
        Account intruder = s.buyer();
        Account owner = Fixtures.siteOwner();
        long quiz = s.quiz(map("score_visibility", "manual", "answers_visibility", "manual"), s.allThree());
        long attempt = QuizSetup.started(student, quiz);
        QuizSetup.ok(QuizSetup.submit(student, attempt, s.rightChoices()));
        long answerId = Db.count("select a.id from quiz_answers a join quiz_questions qq on qq.id = a.quiz_question_id "
                + "where a.attempt_id = ? and qq.question_id = ?", attempt, s.written().id());
        Map<String, Object> body = map("lecture", s.lecture(), "title", "x");
        Map<String, Object> grade = map("answer_id", answerId, "score_override", 1);

        for (String path : List.of(QZ, QZ + quiz + "/", QZ + quiz + "/submissions/", QZ + quiz + "/results/", QS + "my/", QS + attempt + "/")) {
            Api.anonymous().get(path).then().statusCode(401);
        }
        for (String path : List.of(QZ, QZ + quiz + "/start/", QZ + quiz + "/release-scores/", QZ + quiz + "/release-answers/",
                QS + attempt + "/submit/", QS + attempt + "/grade-written/")) {
            Api.anonymous().body(map()).post(path).then().statusCode(401);
        }
        Api.anonymous().body(map("answers", List.of())).put(QS + attempt + "/answers/").then().statusCode(401);

        Api.as(student).body(body).post(QZ).then().statusCode(403);
        Api.as(student).body(body).put(QZ + quiz + "/").then().statusCode(403);
        Api.as(student).delete(QZ + quiz + "/").then().statusCode(403);
        Api.as(student).post(QZ + quiz + "/release-scores/").then().statusCode(403);
        Api.as(student).get(QZ + quiz + "/submissions/").then().statusCode(403);
        Api.as(student).get(QZ + quiz + "/results/").then().statusCode(403);
        Api.as(student).body(grade).post(QS + attempt + "/grade-written/").then().statusCode(403);
        Api.as(s.teacher()).post(QZ + quiz + "/start/").then().statusCode(403);
        Api.as(s.teacher()).body(map("answers", List.of())).post(QS + attempt + "/submit/").then().statusCode(403);

        Api.as(assistant).body(body).post(QZ).then().statusCode(403);
        Api.as(assistant).body(body).put(QZ + quiz + "/").then().statusCode(403);
        Api.as(assistant).delete(QZ + quiz + "/").then().statusCode(403);
        Api.as(assistant).get(QZ + quiz + "/").then().statusCode(200).body("questions", hasSize(3));
        Api.as(assistant).get(QZ + quiz + "/submissions/").then().statusCode(200).body("count", equalTo(1));
        Api.as(assistant).get(QZ + quiz + "/results/").then().statusCode(200).body("count", equalTo(1));
        Api.as(assistant).get(QS + attempt + "/").then().statusCode(200).body("score", equalTo("8.00"));
        Api.as(assistant).body(grade).post(QS + attempt + "/grade-written/").then().statusCode(200).body("status", equalTo("graded"));
        Api.as(assistant).post(QZ + quiz + "/release-scores/").then().statusCode(200).body("detail", equalTo("Scores released for 1 submission(s)."));

        Api.as(other).get(QZ + quiz + "/").then().statusCode(404);
        Api.as(other).get(QZ + quiz + "/submissions/").then().statusCode(404);
        Api.as(other).get(QZ + quiz + "/results/").then().statusCode(404);
        Api.as(other).get(QS + attempt + "/").then().statusCode(404);
        Api.as(other).body(grade).post(QS + attempt + "/grade-written/").then().statusCode(404);
        Api.as(other).body(map("title", "x")).patch(QZ + quiz + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage quizzes in your own courses"));
        Api.as(other).delete(QZ + quiz + "/").then().statusCode(403);
        Api.as(other).post(QZ + quiz + "/release-answers/").then().statusCode(403)
                .body("error", equalTo("You can only manage quizzes in your own courses"));

        // Another student cannot see, answer or submit the attempt.
        Api.as(intruder).get(QS + attempt + "/").then().statusCode(404);
        Api.as(intruder).body(map("answers", List.of())).put(QS + attempt + "/answers/").then().statusCode(404);
        Api.as(intruder).body(map("answers", List.of())).post(QS + attempt + "/submit/").then().statusCode(404);
        Api.as(intruder).get(QS + "my/").then().statusCode(200).body("count", equalTo(0));

        Api.as(owner).get(QZ + quiz + "/results/").then().statusCode(200);
        Api.as(s.teacher()).delete(QZ + quiz + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from quiz_attempts where quiz_id = ?", quiz));
        assertEquals(0, Db.count("select count(*) from quiz_answers where attempt_id = ?", attempt));
    }

    @Test
    void gradingOfEachTypeAndWrittenBounds() {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map(), s.allThree(), "passing_score", "90");
        Response started = QuizSetup.start(student, quiz);
        started.then().statusCode(201).body("status", equalTo("in_progress")).body("attempt_number", equalTo(1)).body("questions", hasSize(3))
                .body("max_score", equalTo(12)).body("score", nullValue()).body("questions[1].points", equalTo(6));
        assertFalse(started.asString().contains("is_correct"), started.asString());
        long attempt = ((Number) started.path("id")).longValue();

        // Saving merges; a second start returns the same attempt with the saved answers.
        QuizSetup.ok(Api.as(student).body(map("answers", List.of(ans(s.single().id(), s.single().choice(1))))).put(QS + attempt + "/answers/"));
        Api.as(student).body(map("answers", List.of(map("question", s.written().id(), "text_answer", "Because.")))).put(QS + attempt + "/answers/")
                .then().statusCode(200).body("questions[0].selected_choices[0]", equalTo((int) s.single().choice(1)))
                .body("questions[2].text_answer", equalTo("Because."));
        QuizSetup.start(student, quiz).then().statusCode(200).body("id", equalTo((int) attempt)).body("questions[2].text_answer", equalTo("Because."));

        Response done = QuizSetup.submit(student, attempt, List.of(ans(s.multiple().id(), s.multiple().choice(0), s.multiple().choice(2))));
        done.then().statusCode(200).body("status", equalTo("submitted")).body("score", nullValue()).body("passed", nullValue())
                .body("questions[0].points_awarded", equalTo("2.00")).body("questions[1].points_awarded", equalTo("6.00"))
                .body("questions[2].points_awarded", nullValue()).body("questions[0].is_correct", equalTo(true));
        QuizSetup.submit(student, attempt, List.of()).then().statusCode(400).body("error", equalTo("This attempt has already been submitted."));
        Api.as(s.teacher()).get(QS + attempt + "/").then().statusCode(200).body("score", equalTo("8.00")).body("status", equalTo("submitted"));
        Api.as(s.teacher()).get(QZ + quiz + "/submissions/").then().body("results[0].ungraded_answers", equalTo(1));

        long written = Db.count("select a.id from quiz_answers a join quiz_questions qq on qq.id = a.quiz_question_id "
                + "where a.attempt_id = ? and qq.question_id = ?", attempt, s.written().id());
        long mcq = Db.count("select a.id from quiz_answers a join quiz_questions qq on qq.id = a.quiz_question_id "
                + "where a.attempt_id = ? and qq.question_id = ?", attempt, s.single().id());
        String g = QS + attempt + "/grade-written/";
        Api.as(s.teacher()).body(map("answer_id", written, "score_override", "4.5")).post(g).then().statusCode(400)
                .body("score_override[0]", equalTo("Ensure this value is less than or equal to 4."));
        Api.as(s.teacher()).body(map("answer_id", written, "score_override", -1)).post(g).then().statusCode(400)
                .body("score_override[0]", equalTo("Ensure this value is greater than or equal to 0."));
        Api.as(s.teacher()).body(map("answer_id", written, "score_override", "1.255")).post(g).then().statusCode(400)
                .body("score_override[0]", equalTo("Ensure that there are no more than 2 decimal places."));
        Api.as(s.teacher()).body(map("answer_id", written)).post(g).then().statusCode(400).body("score_override[0]", equalTo("This field is required."));
        Api.as(s.teacher()).body(map("answer_id", mcq, "score_override", 1)).post(g).then().statusCode(400)
                .body("answer_id[0]", equalTo("Only written answers are graded by hand."));
        Api.as(s.teacher()).body(map("answer_id", 999999999, "score_override", 1)).post(g).then().statusCode(400);
        Api.as(s.teacher()).body(map("answer_id", written, "score_override", "3.5", "feedback", "Good, but short.")).post(g).then().statusCode(200)
                .body("status", equalTo("graded")).body("score", equalTo("11.50")).body("score_percent", equalTo("95.83")).body("passed", equalTo(true));
        assertEquals(1, Assess.notifications(student, "written_answer_graded"));

        Response mine = Api.as(student).get(QS + attempt + "/");
        mine.then().statusCode(200).body("score", equalTo("11.50")).body("passed", equalTo(true)).body("questions[2].feedback", equalTo("Good, but short."))
                .body("questions[2].points_awarded", equalTo("3.50")).body("questions[1].choices[2].is_correct", equalTo(true));
        // Regrading overwrites; the maximum scores full points.
        Api.as(s.teacher()).body(map("answer_id", written, "score_override", 4)).post(g).then().statusCode(200).body("score", equalTo("12.00"))
                .body("questions[2].is_correct", equalTo(true));
        Api.as(student).get(QZ + quiz + "/").then().statusCode(200).body("$", not(hasKey("questions")))
                .body("my_result.final_score", equalTo("12.00")).body("my_result.passed", equalTo(true)).body("my_result.attempts_used", equalTo(1));
        QuizSetup.start(student, quiz).then().statusCode(400).body("error", equalTo("You have used all your attempts for this quiz."));

        // A second attempt with an unanswered written question is graded at once with 0 for it.
        Account other = s.buyer();
        long a2 = QuizSetup.started(other, quiz);
        QuizSetup.submit(other, a2, s.wrongChoices()).then().statusCode(200).body("status", equalTo("graded")).body("score", equalTo("0.00"))
                .body("passed", equalTo(false));
    }

    @Test
    void manualVisibilityHidesScoresAndAnswersUntilReleased() {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map("score_visibility", "manual", "answers_visibility", "manual"), s.choicesOnly());
        long attempt = QuizSetup.started(student, quiz);
        Response done = QuizSetup.submit(student, attempt, s.rightChoices());
        done.then().statusCode(200).body("status", equalTo("graded")).body("score", nullValue()).body("score_percent", nullValue())
                .body("passed", nullValue()).body("questions[0].points_awarded", nullValue());
        assertFalse(done.asString().contains("is_correct"), done.asString());
        Api.as(student).get(QS + "my/?quiz=" + quiz).then().statusCode(200).body("results[0].score", nullValue()).body("results[0].status", equalTo("graded"));
        assertFalse(Api.as(student).get(QS + attempt + "/").asString().contains("is_correct"));
        Api.as(student).get(QZ + quiz + "/").then().body("my_result.final_score", nullValue());

        Api.as(s.teacher()).post(QZ + quiz + "/release-scores/").then().statusCode(200);
        Api.as(s.teacher()).post(QZ + quiz + "/release-scores/").then().statusCode(200);
        assertEquals(1, Assess.notifications(student, "quiz_scores_released"));
        Response scored = Api.as(student).get(QS + attempt + "/");
        scored.then().body("score", equalTo("5.00")).body("questions[0].points_awarded", equalTo("2.00"));
        assertFalse(scored.asString().contains("is_correct"));
        Api.as(student).get(QS + "my/?quiz=" + quiz).then().body("results[0].score", equalTo("5.00"));

        Api.as(s.teacher()).post(QZ + quiz + "/release-answers/").then().statusCode(200);
        assertEquals(1, Assess.notifications(student, "quiz_answers_released"));
        Api.as(student).get(QS + attempt + "/").then().body("questions[0].is_correct", equalTo(true))
                .body("questions[0].choices[1].is_correct", equalTo(true));

        long immediate = s.quiz(map(), s.choicesOnly());
        Api.as(s.teacher()).post(QZ + immediate + "/release-scores/").then().statusCode(400)
                .body("error", equalTo("Scores of this quiz are not released by hand (score_visibility is immediate)."));
    }

    @Test
    void afterCloseAndShowCorrectRules() {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        long quiz = s.quiz(map("score_visibility", "after_close", "answers_visibility", "after_close",
                "close_date", Instant.now().plus(Duration.ofHours(2)).toString()), s.choicesOnly());
        long attempt = QuizSetup.started(student, quiz);
        Response done = QuizSetup.submit(student, attempt, s.rightChoices());
        done.then().statusCode(200).body("score", nullValue());
        assertFalse(done.asString().contains("is_correct"));
        Db.update("update quizzes set close_date = ? where id = ?", Assess.ts(Instant.now().minusSeconds(5)), quiz);
        Api.as(student).get(QS + attempt + "/").then().body("score", equalTo("5.00")).body("questions[1].is_correct", equalTo(true));

        // immediate answers without show_correct_after_submission: the score shows, the answers never do.
        long hidden = s.quiz(map("show_correct_after_submission", false), s.choicesOnly());
        long a2 = QuizSetup.started(student, hidden);
        Response r = QuizSetup.submit(student, a2, s.wrongChoices());
        r.then().statusCode(200).body("score", equalTo("0.00")).body("questions[0].points_awarded", equalTo("0.00"));
        assertFalse(r.asString().contains("is_correct"));
        assertFalse(r.asString().contains("explanation"));
        // Staff always see everything.
        assertTrue(Api.as(s.teacher()).get(QS + a2 + "/").asString().contains("\"is_correct\":false"));
    }

    @Test
    void attemptScoringBestAverageLastAndPassed() {
        QuizSetup s = QuizSetup.create();
        Account student = s.buyer();
        // single (2) + multiple overridden to 2 = 4 points; passing at 60 %.
        long quiz = s.quiz(map("allow_multiple_attempts", true, "max_attempts", 3),
                List.of(map("question", s.single().id()), map("question", s.multiple().id(), "points_override", 2)), "passing_score", 60);
        List<List<Map<String, Object>>> rounds = List.of(s.rightChoices(), s.wrongChoices(), s.wrongChoices());
        for (int i = 0; i < 3; i++) {
            long a = QuizSetup.started(student, quiz);
            QuizSetup.ok(QuizSetup.submit(student, a, rounds.get(i)));
        }
        QuizSetup.start(student, quiz).then().statusCode(400).body("error", equalTo("You have used all your attempts for this quiz."));
        results(s, quiz).then().body("count", equalTo(1)).body("results[0].attempts", equalTo(3)).body("results[0].graded_attempts", equalTo(3))
                .body("results[0].final_score", equalTo("4.00")).body("results[0].score_percent", equalTo("100.00"))
                .body("results[0].passed", equalTo(true)).body("results[0].max_score", equalTo(4))
                .body("results[0].student", equalTo((int) student.profileId()));
        Api.as(s.teacher()).body(map("settings", map("attempt_scoring", "average"))).patch(QZ + quiz + "/").then().statusCode(200);
        results(s, quiz).then().body("results[0].final_score", equalTo("1.33")).body("results[0].score_percent", equalTo("33.25"))
                .body("results[0].passed", equalTo(false));
        Api.as(s.teacher()).body(map("settings", map("attempt_scoring", "last"))).patch(QZ + quiz + "/").then().statusCode(200);
        results(s, quiz).then().body("results[0].final_score", equalTo("0.00")).body("results[0].passed", equalTo(false));
        Api.as(student).get(QZ + quiz + "/").then().body("my_result.final_score", equalTo("0.00")).body("my_result.attempts_used", equalTo(3))
                .body("my_result.attempts_allowed", equalTo(3));
        Api.as(s.teacher()).body(map("passing_score", null)).patch(QZ + quiz + "/").then().statusCode(200);
        results(s, quiz).then().body("results[0].passed", nullValue());
    }

    @Test
    void startRefusalsAndPublishNotice() {
        QuizSetup s = QuizSetup.create();
        Account buyer = s.buyer();
        Account stranger = Fixtures.student();
        long draft = Assess.id(Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "Draft", "question_ids", List.of(s.single().id()))).post(QZ), 201);
        QuizSetup.start(buyer, draft).then().statusCode(400).body("error", equalTo("This quiz is not available."));
        Api.as(buyer).get(QZ + draft + "/").then().statusCode(404);
        assertEquals(0, Assess.notifications(buyer, "quiz_published"));
        Api.as(s.teacher()).body(map("is_published", true)).patch(QZ + draft + "/").then().statusCode(200);
        Api.as(s.teacher()).body(map("title", "Draft 2")).patch(QZ + draft + "/").then().statusCode(200);
        assertEquals(1, Assess.notifications(buyer, "quiz_published"));
        QuizSetup.start(stranger, draft).then().statusCode(400).body("error", equalTo("You need an active purchase of this lecture."));
        Api.as(stranger).get(QZ + draft + "/").then().statusCode(403);
        Api.as(stranger).get(QZ).then().body("count", equalTo(0));
        Api.as(buyer).get(QZ).then().body("count", equalTo(1)).body("results[0].settings.timer_minutes", equalTo(30));
        long later = s.quiz(map("open_date", Instant.now().plus(Duration.ofDays(1)).toString()), s.choicesOnly());
        QuizSetup.start(buyer, later).then().statusCode(400).body("error", equalTo("This quiz is not open yet."));
        long closed = s.quiz(map("close_date", Instant.now().minusSeconds(60).toString()), s.choicesOnly());
        QuizSetup.start(buyer, closed).then().statusCode(400).body("error", equalTo("This quiz is closed."));
        Db.update("update students set can_access_course = false where id = ?", buyer.profileId());
        QuizSetup.start(buyer, draft).then().statusCode(403).body("detail", equalTo("Your access to course content is suspended."));
        QuizSetup.start(buyer, 999999999).then().statusCode(403);
        Db.update("update students set can_access_course = true where id = ?", buyer.profileId());
        QuizSetup.start(buyer, 999999999).then().statusCode(404);
        // Questions cannot change once a student started; the same set is accepted.
        long a = QuizSetup.started(buyer, draft);
        Api.as(s.teacher()).body(map("question_ids", List.of(s.single().id(), s.multiple().id()))).patch(QZ + draft + "/").then().statusCode(400)
                .body("question_ids[0]", equalTo("Questions cannot be changed once students have started the quiz."));
        Api.as(s.teacher()).body(map("question_ids", List.of(s.single().id()))).patch(QZ + draft + "/").then().statusCode(200);
        assertTrue(a > 0);
    }

    @Test
    void questionAndChoiceOrderAreDrawnOncePerAttempt() {
        QuizSetup s = QuizSetup.create();
        long lesson = Assess.lesson();
        java.util.List<Map<String, Object>> many = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            many.add(map("question", Assess.mcq(s.teacher(), lesson, 1, false, true, false, false, false, false, false).id()));
        }
        long quiz = s.quiz(map("question_order", "random", "shuffle_choices", true), many);
        Account student = s.buyer();
        Response first = QuizSetup.start(student, quiz);
        List<Integer> order = first.jsonPath().getList("questions.question");
        List<Integer> choices = first.jsonPath().getList("questions[0].choices.id");
        Response again = Api.as(student).get(QS + first.path("id") + "/");
        assertEquals(order, again.jsonPath().getList("questions.question"));
        assertEquals(choices, again.jsonPath().getList("questions[0].choices.id"));
        // 8 questions: the chance that 6 attempts of other students all draw the bank order is negligible.
        List<Integer> bankOrder = many.stream().map(m -> ((Number) m.get("question")).intValue()).toList();
        boolean anyShuffled = false;
        for (int i = 0; i < 6 && !anyShuffled; i++) {
            anyShuffled = !QuizSetup.start(s.buyer(), quiz).jsonPath().getList("questions.question").equals(bankOrder);
        }
        assertTrue(anyShuffled || !order.equals(bankOrder));
    }

    @Test
    void listsCostTheSameForFewAndManyRows() {
        QuizSetup s = QuizSetup.create();
        long few = s.quiz(map("allow_multiple_attempts", true, "max_attempts", 2), s.choicesOnly());
        long many = s.quiz(map("allow_multiple_attempts", true, "max_attempts", 2), s.choicesOnly());
        Account repeat = null;
        for (int i = 0; i < 2; i++) {
            repeat = s.buyer();
            QuizSetup.ok(QuizSetup.submit(repeat, QuizSetup.started(repeat, few), s.rightChoices()));
        }
        for (int i = 0; i < 12; i++) {
            Account st = s.buyer();
            QuizSetup.ok(QuizSetup.submit(st, QuizSetup.started(st, many), i % 2 == 0 ? s.rightChoices() : s.wrongChoices()));
            if (i < 3) {
                QuizSetup.ok(QuizSetup.submit(st, QuizSetup.started(st, many), s.rightChoices()));
            }
        }
        for (String path : List.of("submissions/", "results/")) {
            assertEquals(Assess.statements(Api.as(s.teacher()).get(QZ + few + "/" + path)), Assess.statements(Api.as(s.teacher()).get(QZ + many + "/" + path)), path);
        }
        Api.as(s.teacher()).get(QZ + many + "/results/?page_size=5").then().body("count", equalTo(12)).body("results", hasSize(5));
        Api.as(s.teacher()).get(QZ + many + "/submissions/").then().body("count", equalTo(15));
        Api.as(s.teacher()).get(QZ + many + "/submissions/?status=in_progress").then().body("count", equalTo(0));
        QuizSetup other = QuizSetup.create();
        for (int i = 0; i < 9; i++) {
            other.quiz(map(), other.choicesOnly());
        }
        assertEquals(Assess.statements(Api.as(s.teacher()).get(QZ)), Assess.statements(Api.as(other.teacher()).get(QZ)));
        Account rich = Fixtures.student();
        Assess.purchase(rich, other.lecture());
        Account poor = Fixtures.student();
        Assess.purchase(poor, s.lecture());
        assertEquals(Assess.statements(Api.as(poor).get(QZ)), Assess.statements(Api.as(rich).get(QZ)));
        Account one = s.buyer();
        QuizSetup.ok(QuizSetup.submit(one, QuizSetup.started(one, many), s.rightChoices()));
        QuizSetup.ok(QuizSetup.submit(one, QuizSetup.started(one, few), s.rightChoices()));
        QuizSetup.ok(QuizSetup.submit(one, QuizSetup.started(one, few), s.wrongChoices()));
        Api.as(one).get(QS + "my/").then().body("count", equalTo(3));
        assertEquals(Assess.statements(Api.as(one).get(QS + "my/")), Assess.statements(Api.as(repeat).get(QS + "my/")));
    }

    private static Response results(QuizSetup s, long quiz) {
        Response r = Api.as(s.teacher()).get(QZ + quiz + "/results/");
        assertEquals(200, r.statusCode(), r.asString());
        return r;
    }
}
