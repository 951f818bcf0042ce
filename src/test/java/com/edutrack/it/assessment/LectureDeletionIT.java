package com.edutrack.it.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import com.edutrack.support.Api;
import com.edutrack.support.Db;
import org.junit.jupiter.api.Test;

/** Deleting a lecture (content) takes its homeworks and quizzes with it. */
class LectureDeletionIT {

    @Test
    void deletingAnUnpurchasedLectureRemovesItsHomeworksAndQuizzes() {
        QuizSetup setup = QuizSetup.create();
        long quiz = setup.quiz(Map.of("timer_minutes", 10), setup.allThree());
        long homework = Assess.id(Api.as(setup.teacher()).body(Assess.map("lecture", setup.lecture(), "title", "HW", "is_published", false,
                "questions", java.util.List.of(Assess.map("question", setup.single().id())))).post("/api/learning/homeworks/"), 201);

        Api.as(setup.teacher()).delete("/api/courses/lectures/" + setup.lecture() + "/").then().statusCode(204);

        assertEquals(0, Db.count("select count(*) from lectures where id = ?", setup.lecture()));
        assertEquals(0, Db.count("select count(*) from quizzes where id = ?", quiz));
        assertEquals(0, Db.count("select count(*) from quiz_questions where quiz_id = ?", quiz));
        assertEquals(0, Db.count("select count(*) from homeworks where id = ?", homework));
        assertEquals(0, Db.count("select count(*) from homework_questions where homework_id = ?", homework));
        // The bank questions themselves stay: they belong to the teacher, not the lecture.
        assertEquals(1, Db.count("select count(*) from qb_questions where id = ?", setup.single().id()));
    }
}
