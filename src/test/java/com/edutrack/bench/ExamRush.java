package com.edutrack.bench;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * The exam rush: N students who bought a lecture start and submit a Q-question quiz as fast as the
 * server lets them (start: 201 with the drawn questions; submit: 200, graded). Correct when every
 * student has exactly one graded attempt with all answers graded.
 */
final class ExamRush {
    private final Load load;
    private final int students = Integer.getInteger("bench.students", 1000);
    private final int questions = Integer.getInteger("bench.questions", 20);
    private final int warmup = Integer.getInteger("bench.warmup", 100);

    ExamRush(Load load) {
        this.load = load;
    }

    Outcome run(String run, ServerProcess server) throws Exception {
        Account teacher = Fixtures.teacher();
        long lecture = BenchData.course(teacher.profileId(), "rush-course", 1, 1, 0).lectureIds().get(0);
        String teacherToken = load.login(teacher.username(), teacher.password());
        List<Long> questionIds = questions(teacherToken);
        long quiz = quiz(teacherToken, lecture, questionIds, "Exam rush " + run);
        long warmQuiz = quiz(teacherToken, lecture, questionIds, "Warm-up " + run);
        String prefix = "rush-" + run;
        List<String> usernames = BenchData.students(prefix, students + warmup);
        BenchData.purchases(prefix, lecture);
        List<String> tokens = load.signIn(usernames, Fixtures.PASSWORD);

        exam(warmQuiz, tokens.subList(students, tokens.size()), new Series("warm-up start"), new Series("warm-up submit"));
        Outcome o = new Outcome("Exam rush", String.format("%d students who bought the lecture start and submit a %d-question quiz "
                + "(random order, shuffled choices); %d warm-up students first.", students, questions, warmup));
        Series start = new Series("POST /api/learning/quizzes/{id}/start/");
        Series submit = new Series("POST /api/learning/quiz-submissions/{id}/submit/");
        long cpu = server == null ? 0 : server.cpuMillis();
        long wall = exam(quiz, tokens.subList(0, students), start, submit);
        start.wallNanos = wall;
        submit.wallNanos = wall;
        o.primary = Series.combined("exam (start + submit)", wall, List.of(start, submit));
        o.cpu(server, cpu);
        o.rows.addAll(List.of(o.primary, start, submit));

        long attempts = Db.count("select count(*) from quiz_attempts where quiz_id = ?", quiz);
        long distinct = Db.count("select count(distinct student_id) from quiz_attempts where quiz_id = ?", quiz);
        long graded = Db.count("select count(*) from quiz_attempts where quiz_id = ? and status = 'graded' and submitted_at is not null", quiz);
        long answers = Db.count("select count(*) from quiz_answers a join quiz_attempts t on t.id = a.attempt_id where t.quiz_id = ? "
                + "and a.points_awarded is not null", quiz);
        o.check(graded == students, "graded attempts " + graded + " of " + students + " students (lost: " + (students - graded) + ")");
        o.check(attempts == distinct, "attempts " + attempts + " of " + distinct + " distinct students (duplicated: " + (attempts - distinct) + ")");
        o.check(answers == (long) students * questions, "graded answers " + answers + " (expected " + (long) students * questions + ")");
        return o;
    }

    /** Every student starts and submits (answering the first choice of each question); the wall time in ns. */
    private long exam(long quiz, List<String> tokens, Series start, Series submit) throws Exception {
        return load.run(tokens.size(), i -> () -> {
            String token = tokens.get(i);
            long t0 = System.nanoTime();
            HttpResponse<String> started = Load.send(load.post("/api/learning/quizzes/" + quiz + "/start/", token, "{}"));
            start.record(t0, started, 201);
            if (started.statusCode() != 201) {
                return;
            }
            JsonNode attempt = Load.JSON.readTree(started.body());
            List<Map<String, Object>> answers = new ArrayList<>();
            for (JsonNode q : attempt.get("questions")) {
                answers.add(Map.of("question", q.get("question").asLong(), "selected_choices", List.of(q.get("choices").get(0).get("id").asLong())));
            }
            String body = Load.JSON.writeValueAsString(Map.of("answers", answers));
            long t1 = System.nanoTime();
            HttpResponse<String> done = Load.send(load.post("/api/learning/quiz-submissions/" + attempt.get("id").asLong() + "/submit/", token, body));
            submit.record(t1, done, 200);
        });
    }

    /** The quiz's questions, created over HTTP by the teacher (4 choices each, the second correct). */
    private List<Long> questions(String token) throws Exception {
        long chapter = Db.insert("insert into qb_chapters(subject_id, grade_id, name, sort_order, created_at) values (?, ?, 'Rush', 0, now())",
                Fixtures.subject(), Fixtures.grade());
        long lesson = Db.insert("insert into qb_lessons(chapter_id, name, sort_order, created_at) values (?, 'Rush', 0, now())", chapter);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < questions; i++) {
            List<Map<String, Object>> choices = new ArrayList<>();
            for (int c = 0; c < 4; c++) {
                choices.add(Map.of("text", "Choice " + c, "is_correct", c == 1));
            }
            String body = Load.JSON.writeValueAsString(Map.of("lesson", lesson, "question_type", i % 2 == 0 ? "mcq_single" : "mcq_multiple",
                    "text", "Rush question " + i, "points", 1 + i % 3, "choices", choices));
            ids.add(Load.expect(Load.send(load.post("/api/question-bank/questions/", token, body)), 201).get("id").asLong());
        }
        return ids;
    }

    private long quiz(String token, long lecture, List<Long> questionIds, String title) throws Exception {
        String body = Load.JSON.writeValueAsString(Map.of("lecture", lecture, "title", title, "is_published", true, "question_ids", questionIds,
                "settings", Map.of("timer_minutes", 60, "question_order", "random", "shuffle_choices", true)));
        return Load.expect(Load.send(load.post("/api/learning/quizzes/", token, body)), 201).get("id").asLong();
    }
}
