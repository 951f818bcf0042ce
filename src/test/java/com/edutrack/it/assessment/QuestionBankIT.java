package com.edutrack.it.assessment;

import static com.edutrack.it.assessment.Assess.choice;
import static com.edutrack.it.assessment.Assess.map;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

import com.edutrack.it.assessment.Assess.Q;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Curriculum and question bank: rules, visibility, ownership, random selection, statement budget. */
class QuestionBankIT {
    private static final String Q = "/api/question-bank/questions/";

    @Test
    void curriculumIsReadByAllAndWrittenForTheOwnSubject() {
        long subject = Fixtures.subject();
        long otherSubject = Fixtures.subject();
        long grade = Fixtures.grade();
        Account teacher = Fixtures.teacher();
        Db.update("update teachers set subject_id = ? where id = ?", subject, teacher.profileId());
        Account assistant = Fixtures.assistant(teacher);
        Account student = Fixtures.student();
        Account owner = Fixtures.siteOwner();

        long chapter = Assess.id(Api.as(teacher).body(map("subject", subject, "grade", grade, "name", "Algebra", "order", 2))
                .post("/api/question-bank/chapters/"), 201);
        Api.as(teacher).body(map("subject", otherSubject, "grade", grade, "name", "Not mine")).post("/api/question-bank/chapters/")
                .then().statusCode(403).body("error", equalTo("You can only manage the curriculum of your own subject"));
        Api.as(assistant).body(map("subject", subject, "grade", grade, "name", "x")).post("/api/question-bank/chapters/").then().statusCode(403);
        Api.as(student).body(map("subject", subject, "grade", grade, "name", "x")).post("/api/question-bank/chapters/").then().statusCode(403);
        Api.anonymous().get("/api/question-bank/chapters/").then().statusCode(401);
        Api.as(teacher).body(map("grade", grade, "name", "")).post("/api/question-bank/chapters/").then().statusCode(400)
                .body("subject[0]", equalTo("This field is required.")).body("name[0]", equalTo("This field may not be blank."));
        long otherChapter = Assess.id(Api.as(owner).body(map("subject", otherSubject, "grade", grade, "name", "Owner's"))
                .post("/api/question-bank/chapters/"), 201);

        long lesson = Assess.id(Api.as(teacher).body(map("chapter", chapter, "name", "Equations")).post("/api/question-bank/lessons/"), 201);
        Api.as(teacher).body(map("chapter", otherChapter, "name", "x")).post("/api/question-bank/lessons/").then().statusCode(403);
        Api.as(student).get("/api/question-bank/chapters/?subject=" + subject).then().statusCode(200).body("count", equalTo(1))
                .body("results[0].name", equalTo("Algebra")).body("results[0].order", equalTo(2)).body("results[0].grade", equalTo((int) grade));
        Api.as(assistant).get("/api/question-bank/lessons/?chapter=" + chapter).then().statusCode(200)
                .body("results[0].id", equalTo((int) lesson)).body("results[0].chapter", equalTo((int) chapter));
        Api.as(teacher).body(map("name", "Linear equations")).patch("/api/question-bank/lessons/" + lesson + "/").then().statusCode(200)
                .body("name", equalTo("Linear equations"));

        Assess.mcq(teacher, lesson, 1, false, true, false);
        Api.as(teacher).delete("/api/question-bank/lessons/" + lesson + "/").then().statusCode(400)
                .body("error", equalTo("This lesson has questions and cannot be deleted."));
        Api.as(teacher).delete("/api/question-bank/chapters/" + chapter + "/").then().statusCode(400);
        Api.as(owner).delete("/api/question-bank/chapters/" + otherChapter + "/").then().statusCode(204);
    }

    @Test
    void questionRulesPerType() {
        Account teacher = Fixtures.teacher();
        long lesson = Assess.lesson();
        post(teacher, map("lesson", lesson, "question_type", "mcq_single", "text", "t", "choices", List.of(choice("a", true), choice("b", true))))
                .then().statusCode(400).body("choices[0]", equalTo("A single-answer question needs exactly one correct choice."));
        post(teacher, map("lesson", lesson, "question_type", "mcq_single", "text", "t", "choices", List.of(choice("a", false), choice("b", false))))
                .then().statusCode(400).body("choices[0]", equalTo("A single-answer question needs exactly one correct choice."));
        post(teacher, map("lesson", lesson, "question_type", "mcq_single", "text", "t", "choices", List.of(choice("a", true))))
                .then().statusCode(400).body("choices[0]", equalTo("A multiple-choice question needs 2 to 10 choices."));
        List<Map<String, Object>> eleven = new java.util.ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(choice("c" + i, i == 0));
        }
        post(teacher, map("lesson", lesson, "question_type", "mcq_single", "text", "t", "choices", eleven))
                .then().statusCode(400).body("choices[0]", equalTo("A multiple-choice question needs 2 to 10 choices."));
        post(teacher, map("lesson", lesson, "question_type", "mcq_multiple", "text", "t", "choices", List.of(choice("a", false), choice("b", false))))
                .then().statusCode(400).body("choices[0]", equalTo("A multiple-answer question needs at least one correct choice."));
        post(teacher, map("lesson", lesson, "question_type", "written", "text", "t", "choices", List.of(choice("a", true), choice("b", false))))
                .then().statusCode(400).body("choices[0]", equalTo("A written question has no choices."));
        post(teacher, map("lesson", lesson, "question_type", "essay", "text", "", "points", 0, "difficulty", "extreme"))
                .then().statusCode(400).body("question_type[0]", equalTo("\"essay\" is not a valid choice."))
                .body("text[0]", equalTo("This field may not be blank.")).body("points[0]", equalTo("Ensure this value is greater than or equal to 1."))
                .body("difficulty[0]", equalTo("\"extreme\" is not a valid choice."));
        post(teacher, map("lesson", 999999999, "question_type", "written", "text", "t"))
                .then().statusCode(400).body("lesson[0]", equalTo("Invalid pk \"999999999\" - object does not exist."));
        post(teacher, map("lesson", lesson, "question_type", "mcq_multiple", "text", "t", "choices", List.of(map("is_correct", true), choice("b", false))))
                .then().statusCode(400).body("choices[0]", equalTo("Choice 1: text: This field is required."));

        Response ok = post(teacher, map("lesson", lesson, "question_type", "mcq_multiple", "text", "Pick primes", "points", 4, "difficulty", "hard",
                "explanation", "2 and 3", "image", "https://cdn.example.com/q.png",
                "choices", List.of(map("text", "2", "is_correct", true, "order", 1), map("text", "3", "is_correct", true, "order", 2), map("text", "4", "order", 3))));
        ok.then().statusCode(201).body("question_type", equalTo("mcq_multiple")).body("points", equalTo(4)).body("difficulty", equalTo("hard"))
                .body("choices", hasSize(3)).body("choices[0].is_correct", equalTo(true)).body("choices[2].is_correct", equalTo(false))
                .body("is_global", equalTo(false)).body("created_by", equalTo((int) teacher.userId())).body("image", equalTo("https://cdn.example.com/q.png"));
        post(teacher, map("lesson", lesson, "question_type", "written", "text", "Explain")).then().statusCode(201)
                .body("points", equalTo(1)).body("difficulty", equalTo("medium")).body("choices", hasSize(0));
    }

    @Test
    void visibilityOwnershipAndRoles() {
        Account teacher = Fixtures.teacher();
        Account other = Fixtures.teacher();
        Account assistant = Fixtures.assistant(teacher);
        Account student = Fixtures.student();
        Account owner = Fixtures.siteOwner();
        long lesson = Assess.lesson();
        Q mine = Assess.mcq(teacher, lesson, 2, false, true, false);
        long global = Assess.id(post(other, map("lesson", lesson, "question_type", "written", "text", "Shared", "is_global", true)), 201);
        long hidden = Assess.id(post(other, map("lesson", lesson, "question_type", "written", "text", "Private")), 201);

        Api.as(teacher).get(Q + "?lesson=" + lesson).then().statusCode(200).body("count", equalTo(2))
                .body("results.id", containsInAnyOrder((int) mine.id(), (int) global));
        Api.as(assistant).get(Q + "?lesson=" + lesson + "&is_global=false").then().statusCode(200).body("count", equalTo(1))
                .body("results[0].id", equalTo((int) mine.id())).body("results[0].choice_count", equalTo(2))
                .body("results[0].lesson", equalTo((int) lesson));
        Api.as(owner).get(Q + "?lesson=" + lesson).then().statusCode(200).body("count", equalTo(3));
        Api.as(student).get(Q).then().statusCode(403);
        Api.anonymous().get(Q).then().statusCode(401);
        Api.as(teacher).get(Q + hidden + "/").then().statusCode(404);
        Api.as(teacher).get(Q + global + "/").then().statusCode(200).body("text", equalTo("Shared"));
        Api.as(assistant).get(Q + mine.id() + "/").then().statusCode(200).body("choices[0].is_correct", equalTo(true));

        // Writes: the assistant is read-only, another teacher sees 404 (private) or 403 (global).
        Api.as(assistant).body(map("lesson", lesson, "question_type", "written", "text", "x")).post(Q).then().statusCode(403);
        Api.as(assistant).body(map("text", "changed")).patch(Q + mine.id() + "/").then().statusCode(403);
        Api.as(assistant).delete(Q + mine.id() + "/").then().statusCode(403);
        Api.as(teacher).body(map("text", "changed")).patch(Q + hidden + "/").then().statusCode(404);
        Api.as(teacher).body(map("text", "changed")).patch(Q + global + "/").then().statusCode(403)
                .body("error", equalTo("You can only manage your own questions"));
        Api.as(teacher).delete(Q + global + "/").then().statusCode(403);
        Api.as(owner).body(map("text", "Owner fixed it")).patch(Q + global + "/").then().statusCode(200).body("text", equalTo("Owner fixed it"));

        // PUT replaces choices; PATCH without choices re-checks the kept ones against a new type.
        Api.as(teacher).body(map("lesson", lesson, "question_type", "mcq_single", "text", "Replaced",
                "choices", List.of(choice("x", false), choice("y", false), choice("z", true)))).put(Q + mine.id() + "/")
                .then().statusCode(200).body("choices", hasSize(3)).body("choices[2].is_correct", equalTo(true)).body("text", equalTo("Replaced"));
        assertEquals(3, Db.count("select count(*) from qb_choices where question_id = ?", mine.id()));
        Api.as(teacher).body(map("question_type", "written")).patch(Q + mine.id() + "/").then().statusCode(400)
                .body("choices[0]", equalTo("A written question has no choices."));
        Api.as(teacher).delete(Q + mine.id() + "/").then().statusCode(204);
        assertEquals(0, Db.count("select count(*) from qb_choices where question_id = ?", mine.id()));
    }

    @Test
    void randomSelectDrawsWithoutRepetition() {
        Account teacher = Fixtures.teacher();
        Account other = Fixtures.teacher();
        long lesson = Assess.lesson();
        java.util.Set<Long> easy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            easy.add(Assess.id(post(teacher, map("lesson", lesson, "question_type", "written", "text", "e" + i, "difficulty", "easy")), 201));
        }
        Assess.id(post(teacher, map("lesson", lesson, "question_type", "written", "text", "h", "difficulty", "hard")), 201);
        Assess.id(post(other, map("lesson", lesson, "question_type", "written", "text", "x", "difficulty", "easy")), 201);
        Response r = Api.as(Fixtures.assistant(teacher)).body(map("lesson", lesson, "difficulty", "easy", "count", 4))
                .post(Q + "random-select/");
        r.then().statusCode(200).body("total_available", equalTo(6)).body("requested", equalTo(4)).body("selected", hasSize(4));
        List<Long> picked = r.jsonPath().getList("selected", Long.class);
        assertEquals(4, new HashSet<>(picked).size());
        assertTrue(easy.containsAll(picked));
        Api.as(teacher).body(map("lesson", lesson, "difficulty", "easy", "count", 50)).post(Q + "random-select/").then().statusCode(200)
                .body("total_available", equalTo(6)).body("selected", hasSize(6));
        Api.as(teacher).body(map("lesson", lesson, "count", 0)).post(Q + "random-select/").then().statusCode(400)
                .body("count[0]", equalTo("Ensure this value is greater than or equal to 1."));
        Api.as(Fixtures.student()).body(map("count", 1)).post(Q + "random-select/").then().statusCode(403);
    }

    @Test
    void listCostsTheSameForFewAndManyRows() {
        Account few = Fixtures.teacher();
        Account many = Fixtures.teacher();
        long lessonFew = Assess.lesson();
        long lessonMany = Assess.lesson();
        for (int i = 0; i < 2; i++) {
            Assess.mcq(few, lessonFew, 1, false, true, false);
        }
        for (int i = 0; i < 30; i++) {
            Assess.mcq(many, lessonMany, 1, true, true, true, false);
        }
        int small = Assess.statements(Api.as(few).get(Q + "?lesson=" + lessonFew));
        int large = Assess.statements(Api.as(many).get(Q + "?lesson=" + lessonMany));
        assertEquals(small, large);
        Api.as(many).get(Q + "?lesson=" + lessonMany + "&page_size=10").then().body("count", equalTo(30)).body("results", hasSize(10))
                .body("previous", nullValue());
    }

    private static Response post(Account who, Map<String, Object> body) {
        return Api.as(who).body(body).post(Q);
    }
}
