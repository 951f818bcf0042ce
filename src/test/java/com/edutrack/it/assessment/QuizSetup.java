package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.map;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.edutrack.it.assessment.Assess.Q;
import com.edutrack.support.Api;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;

/** A teacher's lecture with a single-answer (2 pts), a multiple-answer (3 pts) and a written (4 pts) question. */
record QuizSetup(Account teacher, long lecture, Q single, Q multiple, Q written) {
    static final String QZ = "/api/learning/quizzes/";
    static final String QS = "/api/learning/quiz-submissions/";

    static QuizSetup create() {
        Account teacher = Fixtures.teacher();
        long lesson = Assess.lesson();
        return new QuizSetup(teacher, Assess.lecture(teacher), Assess.mcq(teacher, lesson, 2, false, false, true, false),
                Assess.mcq(teacher, lesson, 3, true, true, false, true), Assess.written(teacher, lesson, 4));
    }

    /** A published quiz with the given settings over the given question picks ([{question, points_override}]). */
    long quiz(Map<String, Object> settings, List<Map<String, Object>> questions, Object... extra) {
        Map<String, Object> body = map("lecture", lecture, "title", "Quiz " + Fixtures.unique("z"), "description", "d",
                "is_published", true, "settings", settings, "questions", questions);
        body.putAll(map(extra));
        return Assess.id(Api.as(teacher).body(body).post(QZ), 201);
    }

    /** All three questions, the multiple-answer one overridden to 6 points (total 12). */
    List<Map<String, Object>> allThree() {
        return List.of(map("question", single.id()), map("question", multiple.id(), "points_override", 6), map("question", written.id()));
    }

    List<Map<String, Object>> choicesOnly() {
        return List.of(map("question", single.id()), map("question", multiple.id()));
    }

    Account buyer() {
        Account s = Fixtures.student();
        Assess.purchase(s, lecture);
        return s;
    }

    static Response start(Account student, long quiz) {
        return Api.as(student).post(QZ + quiz + "/start/");
    }

    static long started(Account student, long quiz) {
        return Assess.id(start(student, quiz), 201);
    }

    static Response submit(Account student, long attempt, List<Map<String, Object>> answers) {
        return Api.as(student).body(map("answers", answers)).post(QS + attempt + "/submit/");
    }

    /** The right answers to the single and multiple questions. */
    List<Map<String, Object>> rightChoices() {
        List<Map<String, Object>> l = new ArrayList<>();
        l.add(Assess.ans(single.id(), single.choice(1)));
        l.add(Assess.ans(multiple.id(), multiple.choice(0), multiple.choice(2)));
        return l;
    }

    List<Map<String, Object>> wrongChoices() {
        List<Map<String, Object>> l = new ArrayList<>();
        l.add(Assess.ans(single.id(), single.choice(0)));
        l.add(Assess.ans(multiple.id(), multiple.choice(0)));
        return l;
    }

    static void ok(Response r) {
        assertEquals(200, r.statusCode(), r.asString());
    }
}
