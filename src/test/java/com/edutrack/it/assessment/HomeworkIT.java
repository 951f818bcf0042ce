package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.ans;
import static com.edutrack.it.assessment.Assess.map;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.it.assessment.Assess.Q;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Homeworks: staff routes, the student's view and submit, grading, one submission per student, lists. */
class HomeworkIT {
    private static final String H = "/api/learning/homeworks/";
    private static final String S = "/api/learning/homework-submissions/";

    /** A teacher's lecture with three questions: single (2 pts), multiple (3 pts, overridden to 5), single (1 pt). */
    record Setup(Account teacher, long lecture, Q single, Q multiple, Q easy) {
        static Setup create() {
            Account teacher = Fixtures.teacher();
            long lesson = Assess.lesson();
            return new Setup(teacher, Assess.lecture(teacher), Assess.mcq(teacher, lesson, 2, false, false, true, false),
                    Assess.mcq(teacher, lesson, 3, true, true, false, true), Assess.mcq(teacher, lesson, 1, false, true, false));
        }

        long homework(boolean published, Object... extra) {
            Map<String, Object> body = map("lecture", lecture, "title", "HW " + Fixtures.unique("h"), "description", "Practice",
                    "model_answer", "See chapter 2", "is_published", published,
                    "questions", List.of(map("question", single.id()), map("question", multiple.id(), "points_override", 5), map("question", easy.id())));
            body.putAll(map(extra));
            return Assess.id(Api.as(teacher).body(body).post(H), 201);
        }
    }

    @Test
    void studentSeesNoAnswersBeforeSubmittingAndIsGradedExactly() {
        Setup s = Setup.create();
        Account buyer = Fixtures.student();
        Account other = Fixtures.student();
        Account expired = Fixtures.student();
        Assess.purchase(buyer, s.lecture());
        Assess.purchase(other, s.lecture());
        Assess.purchase(expired, s.lecture(), Duration.ofDays(-1));
        long hw = s.homework(true);
        Api.as(s.teacher()).get(H + hw + "/").then().statusCode(200).body("total_points", equalTo(8)).body("question_count", equalTo(3))
                .body("questions[1].points_override", equalTo(5)).body("questions[1].effective_points", equalTo(5))
                .body("questions[0].choices[1].is_correct", equalTo(true)).body("model_answer", equalTo("See chapter 2"));

        Api.as(buyer).get(H).then().statusCode(200).body("count", equalTo(1)).body("results[0].id", equalTo((int) hw))
                .body("results[0].total_points", equalTo(8));
        Api.as(expired).get(H).then().statusCode(200).body("count", equalTo(0));
        Api.as(expired).get(H + hw + "/").then().statusCode(403).body("detail", equalTo("You need an active purchase of this lecture."));
        Response before = Api.as(buyer).get(H + hw + "/");
        before.then().statusCode(200).body("$", not(hasKey("model_answer"))).body("my_submission", nullValue())
                .body("questions[0].choices[0]", not(hasKey("is_correct"))).body("questions[1].choices[2]", not(hasKey("is_correct")));
        assertEquals(-1, before.asString().indexOf("is_correct"));

        // single right (2), multiple incomplete (0 of 5), easy right (1) -> 3 of 8.
        Response submitted = Api.as(buyer).body(map("answers", List.of(ans(s.single().id(), s.single().choice(1)),
                ans(s.multiple().id(), s.multiple().choice(0)), ans(s.easy().id(), s.easy().choice(0))))).post(H + hw + "/submit/");
        submitted.then().statusCode(201).body("score", equalTo("3.00")).body("total_points", equalTo(8)).body("score_percent", equalTo("37.50"))
                .body("answers", hasSize(3)).body("answers[0].is_correct", equalTo(true)).body("answers[0].points_awarded", equalTo("2.00"))
                .body("answers[1].is_correct", equalTo(false)).body("answers[1].points_awarded", equalTo("0.00")).body("answers[1].max_points", equalTo(5))
                .body("answers[2].points_awarded", equalTo("1.00")).body("model_answer", equalTo("See chapter 2"))
                .body("answers[1].choices[2].is_correct", equalTo(true));
        long submission = ((Number) submitted.path("id")).longValue();
        Api.as(buyer).body(map("answers", List.of())).post(H + hw + "/submit/").then().statusCode(400)
                .body("error", equalTo("You have already submitted this homework."));
        Api.as(buyer).get(H + hw + "/").then().statusCode(200).body("model_answer", equalTo("See chapter 2"))
                .body("questions[0].choices[1].is_correct", equalTo(true)).body("my_submission", equalTo((int) submission));

        // The full set earns the multiple-choice points; nothing else does (a superset earns nothing).
        Api.as(other).body(map("answers", List.of(ans(s.multiple().id(), s.multiple().choice(0), s.multiple().choice(2)),
                ans(s.single().id(), s.single().choice(0))))).post(H + hw + "/submit/").then().statusCode(201).body("score", equalTo("5.00"));
        Account third = Fixtures.student();
        Assess.purchase(third, s.lecture());
        Api.as(third).body(map("answers", List.of(ans(s.multiple().id(), s.multiple().choice(0), s.multiple().choice(1), s.multiple().choice(2)))))
                .post(H + hw + "/submit/").then().statusCode(201).body("score", equalTo("0.00"));

        Api.as(buyer).get(S + submission + "/").then().statusCode(200).body("score", equalTo("3.00"));
        Api.as(other).get(S + submission + "/").then().statusCode(404);
        Api.as(s.teacher()).get(S + submission + "/").then().statusCode(200).body("student", equalTo((int) buyer.profileId()));
        Api.as(Fixtures.assistant(s.teacher())).get(S + submission + "/").then().statusCode(200);
        Api.as(Fixtures.teacher()).get(S + submission + "/").then().statusCode(404);
        Api.as(buyer).get(S + "my/?homework=" + hw).then().statusCode(200).body("count", equalTo(1)).body("results[0].id", equalTo((int) submission));
        Api.as(s.teacher()).get(H + hw + "/submissions/").then().statusCode(200).body("count", equalTo(3));
        assertEquals(3, Db.count("select count(*) from homework_answers where submission_id = ?", submission));

        // A question with submissions cannot be deleted, nor its choices changed; the homework keeps its questions.
        Api.as(s.teacher()).delete("/api/question-bank/questions/" + s.single().id() + "/").then().statusCode(400)
                .body("error", equalTo("This question is used in a homework or quiz that has submissions and cannot be deleted."));
        Api.as(s.teacher()).body(map("choices", List.of(Assess.choice("a", true), Assess.choice("b", false))))
                .patch("/api/question-bank/questions/" + s.single().id() + "/").then().statusCode(400);
        Api.as(s.teacher()).body(map("question_ids", List.of(s.single().id()))).patch(H + hw + "/").then().statusCode(400)
                .body("question_ids[0]", equalTo("Questions cannot be changed once students have submitted."));
        Api.as(s.teacher()).body(map("title", "Renamed")).patch(H + hw + "/").then().statusCode(200).body("title", equalTo("Renamed"));
    }

    @Test
    void authorizationWalk() {
        Setup s = Setup.create();
        Account assistant = Fixtures.assistant(s.teacher());
        Account other = Fixtures.teacher();
        Account student = Fixtures.student();
        Account owner = Fixtures.siteOwner();
        long hw = s.homework(false);
        Map<String, Object> body = map("lecture", s.lecture(), "title", "x", "question_ids", List.of(s.single().id()));

        Api.anonymous().get(H).then().statusCode(401);
        Api.anonymous().get(H + hw + "/").then().statusCode(401);
        Api.anonymous().body(body).post(H).then().statusCode(401);
        Api.anonymous().get(H + hw + "/submissions/").then().statusCode(401);
        Api.anonymous().body(map("answers", List.of())).post(H + hw + "/submit/").then().statusCode(401);
        Api.anonymous().get(S + "my/").then().statusCode(401);

        Api.as(student).body(body).post(H).then().statusCode(403);
        Api.as(student).body(body).put(H + hw + "/").then().statusCode(403);
        Api.as(student).delete(H + hw + "/").then().statusCode(403);
        Api.as(student).get(H + hw + "/submissions/").then().statusCode(403);
        Api.as(student).get(H + hw + "/").then().statusCode(404); // unpublished
        Api.as(s.teacher()).body(map("answers", List.of())).post(H + hw + "/submit/").then().statusCode(403);
        Api.as(s.teacher()).get(S + "my/").then().statusCode(403);

        Api.as(assistant).body(body).post(H).then().statusCode(403);
        Api.as(assistant).body(body).put(H + hw + "/").then().statusCode(403);
        Api.as(assistant).delete(H + hw + "/").then().statusCode(403);
        Api.as(assistant).get(H + hw + "/").then().statusCode(200).body("model_answer", equalTo("See chapter 2"));
        Api.as(assistant).get(H + hw + "/submissions/").then().statusCode(200).body("count", equalTo(0));
        Api.as(assistant).get(H).then().statusCode(200).body("count", equalTo(1));

        Api.as(other).get(H + hw + "/").then().statusCode(404);
        Api.as(other).get(H + hw + "/submissions/").then().statusCode(404);
        Api.as(other).get(H).then().statusCode(200).body("count", equalTo(0));
        Api.as(other).body(map("title", "x")).patch(H + hw + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage homeworks in your own courses"));
        Api.as(other).delete(H + hw + "/").then().statusCode(403).body("error", equalTo("You can only manage homeworks in your own courses"));
        Api.as(other).body(map("lecture", s.lecture(), "title", "x")).post(H).then().statusCode(403)
                .body("error", equalTo("You can only manage homeworks in your own courses"));

        Api.as(owner).get(H + hw + "/").then().statusCode(200);
        Api.as(owner).body(map("is_active", false)).patch(H + hw + "/").then().statusCode(200).body("is_active", equalTo(false));
        Api.as(s.teacher()).delete(H + hw + "/").then().statusCode(204);
        Api.as(s.teacher()).get(H + hw + "/").then().statusCode(404);
    }

    @Test
    void rulesOfTheForm() {
        Setup s = Setup.create();
        Q written = Assess.written(s.teacher(), Assess.lesson(), 3);
        Q foreign = Assess.mcq(Fixtures.teacher(), Assess.lesson(), 1, false, true, false);
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "question_ids", List.of(written.id()))).post(H)
                .then().statusCode(400).body("question_ids[0]", equalTo("Homework questions must be multiple-choice; question " + written.id() + " is written."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "question_ids", List.of(foreign.id()))).post(H)
                .then().statusCode(400).body("question_ids[0]", equalTo("Invalid pk \"" + foreign.id() + "\" - object does not exist."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "question_ids", List.of(s.single().id(), s.single().id()))).post(H)
                .then().statusCode(400).body("question_ids[0]", equalTo("Question " + s.single().id() + " is listed twice."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "x", "is_published", true)).post(H)
                .then().statusCode(400).body("is_published[0]", equalTo("A homework needs at least one question to be published."));
        Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "", "open_date", "2030-01-02T00:00:00Z", "close_date", "2030-01-01T00:00:00Z"))
                .post(H).then().statusCode(400).body("title[0]", equalTo("This field may not be blank."))
                .body("close_date[0]", equalTo("Close date must be after the open date."));

        Account student = Fixtures.student();
        Assess.purchase(student, s.lecture());
        long future = s.homework(true, "open_date", Instant.now().plus(Duration.ofDays(1)).toString());
        Api.as(student).body(map("answers", List.of())).post(H + future + "/submit/").then().statusCode(400)
                .body("error", equalTo("This homework is not open yet."));
        long past = s.homework(true, "close_date", Instant.now().minus(Duration.ofMinutes(1)).toString());
        Api.as(student).body(map("answers", List.of())).post(H + past + "/submit/").then().statusCode(400)
                .body("error", equalTo("This homework is closed."));
        long open = s.homework(true);
        Api.as(student).body(map("answers", List.of(ans(s.single().id(), s.easy().choice(0))))).post(H + open + "/submit/").then().statusCode(400)
                .body("answers[0]", equalTo("Question " + s.single().id() + ": a selected choice does not belong to the question."));
        Api.as(student).body(map("answers", List.of(ans(s.single().id(), s.single().choice(0), s.single().choice(1))))).post(H + open + "/submit/")
                .then().statusCode(400).body("answers[0]", equalTo("Question " + s.single().id() + " takes one choice."));
        Api.as(student).body(map("answers", List.of(ans(foreign.id(), foreign.choice(0))))).post(H + open + "/submit/").then().statusCode(400);
        Api.as(student).body(map()).post(H + open + "/submit/").then().statusCode(400).body("answers[0]", equalTo("This field is required."));
        Db.update("update students set can_access_course = false where id = ?", student.profileId());
        Api.as(student).body(map("answers", List.of())).post(H + open + "/submit/").then().statusCode(403)
                .body("detail", equalTo("Your access to course content is suspended."));
        assertEquals(0, Db.count("select count(*) from homework_submissions where student_id = ?", student.profileId()));
    }

    @Test
    void publishingNotifiesBuyersOnce() {
        Setup s = Setup.create();
        Account buyer = Fixtures.student();
        Account lapsed = Fixtures.student();
        Assess.purchase(buyer, s.lecture());
        Assess.purchase(lapsed, s.lecture(), Duration.ofDays(-2));
        long hw = s.homework(false);
        assertEquals(0, Assess.notifications(buyer, "homework_published"));
        Api.as(s.teacher()).body(map("is_published", true)).patch(H + hw + "/").then().statusCode(200).body("is_published", equalTo(true));
        Api.as(s.teacher()).body(map("description", "edited")).patch(H + hw + "/").then().statusCode(200);
        Api.as(s.teacher()).body(map("is_published", false)).patch(H + hw + "/").then().statusCode(200);
        Api.as(s.teacher()).body(map("is_published", true)).patch(H + hw + "/").then().statusCode(200);
        assertEquals(1, Assess.notifications(buyer, "homework_published"));
        assertEquals(0, Assess.notifications(lapsed, "homework_published"));
        s.homework(true);
        assertEquals(2, Assess.notifications(buyer, "homework_published"));
    }

    @Test
    void concurrentSubmitsStoreOneSubmission() throws Exception {
        Setup s = Setup.create();
        Account student = Fixtures.student();
        Assess.purchase(student, s.lecture());
        long hw = s.homework(true);
        Api.token(student);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return Api.as(student).body(map("answers", List.of(ans(s.easy().id(), s.easy().choice(0))))).post(H + hw + "/submit/").statusCode();
            }));
        }
        go.countDown();
        List<Integer> codes = new ArrayList<>();
        for (Future<Integer> f : calls) {
            codes.add(f.get());
        }
        pool.shutdown();
        assertEquals(1, codes.stream().filter(c -> c == 201).count(), codes.toString());
        assertEquals(7, codes.stream().filter(c -> c == 400).count(), codes.toString());
        assertEquals(1, Db.count("select count(*) from homework_submissions where homework_id = ? and student_id = ?", hw, student.profileId()));
    }

    @Test
    void listsCostTheSameForFewAndManyRows() {
        Setup s = Setup.create();
        long small = s.homework(true);
        long large = s.homework(true);
        for (int i = 0; i < 2; i++) {
            submit(s, small);
        }
        for (int i = 0; i < 12; i++) {
            submit(s, large);
        }
        assertEquals(Assess.statements(Api.as(s.teacher()).get(H + small + "/submissions/")),
                Assess.statements(Api.as(s.teacher()).get(H + large + "/submissions/")));
        Api.as(s.teacher()).get(H + large + "/submissions/?page_size=5").then().body("count", equalTo(12)).body("results", hasSize(5));

        Account fewStudent = Fixtures.student();
        Account manyStudent = Fixtures.student();
        Setup other = Setup.create();
        Assess.purchase(fewStudent, s.lecture());
        Assess.purchase(manyStudent, other.lecture());
        for (int i = 0; i < 10; i++) {
            other.homework(true);
        }
        // s has 2 homeworks, other 10: the same statements for staff and for students.
        assertEquals(Assess.statements(Api.as(s.teacher()).get(H)), Assess.statements(Api.as(other.teacher()).get(H)));
        int few = Assess.statements(Api.as(fewStudent).get(H));
        Api.as(manyStudent).get(H).then().body("count", equalTo(10));
        assertEquals(few, Assess.statements(Api.as(manyStudent).get(H)));
        long one = Assess.id(Api.as(s.teacher()).body(map("lecture", s.lecture(), "title", "one", "question_ids", List.of(s.easy().id()))).post(H), 201);
        assertEquals(Assess.statements(Api.as(s.teacher()).get(H + one + "/")), Assess.statements(Api.as(s.teacher()).get(H + small + "/")));
    }

    private static void submit(Setup s, long hw) {
        Account student = Fixtures.student();
        Assess.purchase(student, s.lecture());
        Api.as(student).body(map("answers", List.of(ans(s.easy().id(), s.easy().choice(0))))).post(H + hw + "/submit/").then().statusCode(201);
    }
}
