package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import com.edutrack.catalog.CourseAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.edutrack.accounts.Student;
import com.edutrack.assessment.AssessmentScope;
import com.edutrack.assessment.Fields;
import com.edutrack.assessment.bank.QuestionType;
import com.edutrack.assessment.quiz.QuizViews.AttemptRow;
import com.edutrack.assessment.quiz.QuizViews.ResultRow;
import com.edutrack.catalog.Viewer;
import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import com.edutrack.platform.errors.ApiException;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.ListQuery;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.pagination.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/** What staff do with attempts: list them, read one, grade written answers, and the results table. */
@ApplicationScoped
public class StaffAttemptService {
    @jakarta.inject.Inject
    CourseAccess access;
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    QuizService quizzes;
    @Inject
    AttemptQueries queries;
    @Inject
    AttemptViews views;
    @Inject
    Notifications notifications;

    public record Filters(String status, Long student) {
    }

    @Transactional
    public Page<AttemptRow> submissions(Viewer viewer, long quizId, Filters f, PageRequest page) {
        Quiz q = quizzes.load(quizId);
        access.requireStaffView(viewer, q.getLecture().getTopic().getCourse());
        return ListQuery.of(em, QuizAttempt.class).equal("quiz.id", quizId).equal("status", f.status()).equal("student.id", f.student())
                .ordering(null, Map.of(), "-startedAt").fetch("quiz", "student").page(page).map(a -> AttemptRow.of(a, true));
    }

    /** One row per student who attempted the quiz, ordered by name; three queries whatever the page holds. */
    @Transactional
    public Page<ResultRow> results(Viewer viewer, long quizId, PageRequest page) {
        Quiz q = quizzes.load(quizId);
        access.requireStaffView(viewer, q.getLecture().getTopic().getCourse());
        long total = em.createQuery("select count(distinct a.student.id) from QuizAttempt a where a.quiz = :q", Long.class)
                .setParameter("q", q).getSingleResult();
        if (total == 0 || (!page.all() && page.offset() >= total)) {
            return new Page<>(List.of(), total, page);
        }
        var query = em.createQuery("select distinct s from QuizAttempt a join a.student s where a.quiz = :q order by s.nameEn, s.id",
                Student.class).setParameter("q", q);
        if (!page.all()) {
            query.setFirstResult(page.offset()).setMaxResults(page.size());
        }
        List<Student> students = query.getResultList();
        Map<Long, List<QuizAttempt>> byStudent = new LinkedHashMap<>();
        students.forEach(s -> byStudent.put(s.getId(), new ArrayList<>()));
        em.createQuery("select a from QuizAttempt a where a.quiz = :q and a.student.id in :ids order by a.attemptNumber", QuizAttempt.class)
                .setParameter("q", q).setParameter("ids", byStudent.keySet()).getResultList()
                .forEach(a -> byStudent.get(a.getStudent().getId()).add(a));
        List<ResultRow> rows = students.stream().map(s -> QuizScoring.result(q, s, byStudent.get(s.getId()))).toList();
        return new Page<>(rows, total, page);
    }

    @Transactional
    public Map<String, Object> attempt(Viewer viewer, long attemptId) {
        QuizAttempt a = queries.load(attemptId);
        access.requireStaffView(viewer, a.getQuiz().getLecture().getTopic().getCourse());
        return views.of(a, true, Instant.now());
    }

    /**
     * Grades one written answer of a submitted attempt: 0 <= score_override <= the question's
     * points (two decimals). Regrading overwrites. When no written answer waits any more, the
     * attempt becomes graded. The student is notified.
     */
    @Transactional
    public Map<String, Object> gradeWritten(Viewer viewer, long userId, long attemptId, FormBody body) {
        QuizAttempt a = queries.load(attemptId);
        access.requireStaffView(viewer, a.getQuiz().getLecture().getTopic().getCourse());
        Long answerId = body.requiredInteger("answer_id");
        BigDecimal raw = body.decimal("score_override");
        if (!body.errors().has("score_override")) {
            body.errors().require("score_override", raw);
        }
        String feedback = body.string("feedback");
        body.errors().maxLength("feedback", feedback, 5000);
        body.errors().throwIfAny();
        queries.lock(a);
        if (a.isInProgress()) {
            throw ApiException.error(400, "This attempt has not been submitted yet.");
        }
        List<QuizAnswer> answers = queries.answers(a);
        QuizAnswer target = answers.stream().filter(x -> x.getId().equals(answerId)).findFirst().orElse(null);
        if (target == null) {
            throw ApiException.field("answer_id", Fields.invalidPk(answerId));
        }
        if (target.getQuizQuestion().getQuestion().getType() != QuestionType.WRITTEN) {
            throw ApiException.field("answer_id", "Only written answers are graded by hand.");
        }
        BigDecimal score = Fields.decimal(body.errors(), "score_override", raw, BigDecimal.ZERO, BigDecimal.valueOf(target.getMaxPoints()));
        body.errors().throwIfAny();
        Instant now = Instant.now();
        target.gradeByTeacher(score, Fields.blankToNull(feedback), userId, now);
        BigDecimal total = answers.stream().map(QuizAnswer::getPointsAwarded).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
        a.regrade(total, answers.stream().anyMatch(x -> x.getPointsAwarded() == null), now);
        notifications.send(a.getStudent().getUser().getId(), NotificationType.WRITTEN_ANSWER_GRADED, "Written answer graded",
                "Your written answer in \"" + a.getQuiz().getTitle() + "\" was graded.",
                Map.of("quiz_id", a.getQuiz().getId(), "attempt_id", a.getId(), "answer_id", target.getId()));
        return views.of(a, answers, true, now);
    }
}
