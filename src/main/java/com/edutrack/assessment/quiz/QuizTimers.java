package com.edutrack.assessment.quiz;

import java.util.List;
import java.util.logging.Logger;

import com.edutrack.platform.scheduling.TimerRuns;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * The quiz timers, every minute: close expired attempts, and tell students when an after-close
 * quiz closed. Persistent, so Liberty's persistent executor fires each occurrence on one server;
 * the service's row locks and conditional update keep the effects single even when runs overlap
 * (another server, the site owner's run-now routes). Same pattern as the tutoring cleanup timer.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QuizTimers {
    private static final Logger LOG = Logger.getLogger(QuizTimers.class.getName());

    @Inject
    QuizTimerService service;
    @Inject
    TimerRuns runs;

    @Schedule(minute = "*", hour = "*", persistent = true, info = "quiz-close-expired-attempts")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onAttemptSchedule() {
        int closed = runs.run("quiz-close-expired-attempts", () -> closeExpiredAttempts().size());
        if (closed > 0) {
            LOG.info(() -> "quiz timer closed " + closed + " expired attempt(s)");
        }
    }

    @Schedule(minute = "*", hour = "*", persistent = true, info = "quiz-close-notifications")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void onCloseSchedule() {
        int notified = runs.run("quiz-close-notifications", () -> notifyClosedQuizzes().size());
        if (notified > 0) {
            LOG.info(() -> "quiz timer sent after-close notices for " + notified + " quiz(zes)");
        }
    }

    /** One run; also what the site owner's run-now route calls. The service opens its own transaction. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> closeExpiredAttempts() {
        return service.closeExpiredAttempts();
    }

    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public List<Long> notifyClosedQuizzes() {
        return service.notifyClosedQuizzes();
    }
}
