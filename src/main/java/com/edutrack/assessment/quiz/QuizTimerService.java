package com.edutrack.assessment.quiz;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.edutrack.notifications.NotificationType;
import com.edutrack.notifications.Notifications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

/**
 * The two scheduled jobs of platform.md section 5, written so that any number of runs at once
 * (several servers, a manual trigger beside the timer) have each effect exactly once:
 * an expired attempt is closed under its row lock and re-checked there; a quiz's after-close
 * notice is claimed by one conditional UPDATE of {@code close_notified_at}.
 */
@ApplicationScoped
public class QuizTimerService {
    /** At most this many attempts per run; the next run (a minute later) takes the rest. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "edutrack")
    EntityManager em;
    @Inject
    AttemptQueries queries;
    @Inject
    AttemptService attempts;
    @Inject
    Notifications notifications;

    /** Closes attempts past deadline + grace with their saved answers, graded; returns the ids this run closed. */
    @Transactional
    public List<Long> closeExpiredAttempts() {
        Instant now = Instant.now();
        List<QuizAttempt> due = em.createQuery("""
                select a from QuizAttempt a join fetch a.quiz where a.status = :s and a.deadline < :cutoff order by a.id""", QuizAttempt.class)
                .setParameter("s", QuizAttempt.IN_PROGRESS).setParameter("cutoff", now.minus(Quiz.GRACE))
                .setMaxResults(BATCH).getResultList();
        List<Long> closed = new ArrayList<>();
        for (QuizAttempt a : due) {
            queries.lock(a); // in id order, so two runs never wait on each other in a cycle
            if (a.isInProgress() && a.isExpired(now)) {
                attempts.close(a, queries.answers(a), now, true);
                closed.add(a.getId());
            }
        }
        return closed;
    }

    /**
     * For quizzes whose close date passed and that show scores or answers after close: claims the
     * notice (one conditional update, so one run wins) and tells the students who attempted.
     */
    @Transactional
    public List<Long> notifyClosedQuizzes() {
        Instant now = Instant.now();
        List<Quiz> due = em.createQuery("""
                select q from Quiz q where q.closeDate <= :now and q.closeNotifiedAt is null
                and (q.scoreVisibility = :ac or q.answersVisibility = :ac) order by q.id""", Quiz.class)
                .setParameter("now", now).setParameter("ac", Quiz.AFTER_CLOSE).setMaxResults(BATCH).getResultList();
        List<Long> notified = new ArrayList<>();
        for (Quiz q : due) {
            int claimed = em.createQuery("update Quiz q set q.closeNotifiedAt = :now where q.id = :id and q.closeNotifiedAt is null")
                    .setParameter("now", now).setParameter("id", q.getId()).executeUpdate();
            if (claimed == 0) {
                continue;
            }
            List<Long> students = queries.studentUserIds(q);
            Map<String, Object> meta = Map.of("quiz_id", q.getId());
            if (Quiz.AFTER_CLOSE.equals(q.getScoreVisibility())) {
                notifications.sendAll(students, NotificationType.QUIZ_SCORES_RELEASED, "Quiz scores released",
                        "\"" + q.getTitle() + "\" has closed: your score is now available.", meta);
            }
            if (Quiz.AFTER_CLOSE.equals(q.getAnswersVisibility())) {
                notifications.sendAll(students, NotificationType.QUIZ_ANSWERS_RELEASED, "Quiz answers released",
                        "\"" + q.getTitle() + "\" has closed: the correct answers are now available.", meta);
            }
            notified.add(q.getId());
        }
        return notified;
    }
}
