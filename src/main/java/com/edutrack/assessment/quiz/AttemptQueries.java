package com.edutrack.assessment.quiz;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.edutrack.accounts.Student;
import com.edutrack.assessment.quiz.QuizViews.ResultRow;
import com.edutrack.platform.errors.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

/** The reads about quiz questions and attempts that several quiz services share. */
@ApplicationScoped
public class AttemptQueries {
    @PersistenceContext(unitName = "edutrack")
    EntityManager em;

    List<QuizQuestion> placements(Quiz q) {
        return em.createQuery("select qq from QuizQuestion qq join fetch qq.question where qq.quiz = :q order by qq.sortOrder, qq.id",
                QuizQuestion.class).setParameter("q", q).getResultList();
    }

    boolean exist(Quiz q) {
        return count(q) > 0;
    }

    int count(Quiz q) {
        return em.createQuery("select count(a) from QuizAttempt a where a.quiz = :q", Long.class).setParameter("q", q).getSingleResult().intValue();
    }

    /** The user ids of the students who attempted the quiz (whom its score and answer news concern). */
    List<Long> studentUserIds(Quiz q) {
        return em.createQuery("select distinct a.student.user.id from QuizAttempt a where a.quiz = :q", Long.class)
                .setParameter("q", q).getResultList();
    }

    List<QuizAttempt> ofStudent(Quiz q, long studentId) {
        return em.createQuery("select a from QuizAttempt a where a.quiz = :q and a.student.id = :s order by a.attemptNumber", QuizAttempt.class)
                .setParameter("q", q).setParameter("s", studentId).getResultList();
    }

    /** A student's own standing: attempts used and allowed, the open attempt, and the score once the rules show it. */
    Map<String, Object> myResult(Quiz q, long studentId, Instant now) {
        List<QuizAttempt> mine = ofStudent(q, studentId);
        Student student = em.getReference(Student.class, studentId);
        ResultRow r = mine.isEmpty() ? null : QuizScoring.result(q, student, mine);
        boolean show = q.scoreVisible(now) && r != null;
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("attempts_used", mine.size());
        m.put("attempts_allowed", q.attemptLimit());
        m.put("in_progress_attempt", mine.stream().filter(QuizAttempt::isInProgress).map(QuizAttempt::getId).findFirst().orElse(null));
        m.put("final_score", show ? r.finalScore() : null);
        m.put("score_percent", show ? r.scorePercent() : null);
        m.put("passed", show ? r.passed() : null);
        return m;
    }

    /** The attempt with its quiz, lecture, topic, course and student; 404 when missing. */
    QuizAttempt load(long id) {
        List<QuizAttempt> found = em.createQuery("""
                select a from QuizAttempt a join fetch a.quiz q join fetch q.lecture l join fetch l.topic t join fetch t.course
                join fetch a.student where a.id = :id""", QuizAttempt.class).setParameter("id", id).getResultList();
        if (found.isEmpty()) {
            throw ApiException.notFound();
        }
        return found.get(0);
    }

    /** Re-reads the loaded attempt under a row lock: every change of an attempt goes through here. */
    QuizAttempt lock(QuizAttempt a) {
        em.refresh(a, LockModeType.PESSIMISTIC_WRITE);
        return a;
    }

    List<QuizAnswer> answers(QuizAttempt a) {
        return em.createQuery("""
                select x from QuizAnswer x join fetch x.quizQuestion qq join fetch qq.question
                where x.attempt = :a order by x.sortOrder, x.id""", QuizAnswer.class).setParameter("a", a).getResultList();
    }
}
