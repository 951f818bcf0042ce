package com.edutrack.incontainer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import com.edutrack.assessment.quiz.QuizTimers;
import com.edutrack.tutoring.PendingEnrollmentTimer;
import jakarta.ejb.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The EJB timers as the container holds them: each {@code @Schedule} of the timer beans is one
 * persistent calendar timer (also after a redeploy: Liberty keeps persistent timers in the
 * database, keyed by application name), and a timeout method called from two threads at once has
 * its effect once.
 */
@ApplicationScoped
public class TimerChecks {
    private static final List<Class<?>> TIMER_BEANS = List.of(QuizTimers.class, PendingEnrollmentTimer.class);

    @Inject
    TimerProbe probe;
    @Inject
    QuizTimers quizTimers;
    @Inject
    PendingEnrollmentTimer pendingTimer;

    void oneTimerPerSchedule() {
        List<TimerProbe.Seen> timers = probe.all();
        for (Class<?> bean : TIMER_BEANS) {
            for (Schedule s : schedules(bean)) {
                List<TimerProbe.Seen> mine = timers.stream().filter(t -> t.info().equals(s.info())).toList();
                assertEquals(1, mine.size(), "timers for " + s.info() + ": " + timers);
                assertTrue(mine.get(0).persistent() && mine.get(0).calendar(), mine.toString());
                assertEquals(s.minute() + " " + s.hour(), mine.get(0).schedule());
            }
        }
    }

    void oneStoredTaskPerSchedule() {
        long schedules = TIMER_BEANS.stream().mapToLong(b -> schedules(b).size()).sum();
        assertEquals(schedules, Rows.count("select count(*) from wlp_task"), "one stored task per schedule, none left over from the first deployment");
    }

    void closeNoticeTimeoutTwiceAtOnce() throws Exception {
        long[] teacher = Rows.teacher();
        long lecture = Rows.lecture(Rows.course(teacher[1]), "10.00");
        long quiz = Rows.quiz(lecture, teacher[0], Instant.now().minusSeconds(5));
        List<long[]> students = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long[] s = Rows.student();
            Rows.gradedAttempt(quiz, s[1]);
            students.add(s);
        }
        List<Throwable> failures = atOnce(2, quizTimers::onCloseSchedule);
        assertTrue(failures.isEmpty(), "both timeouts ran: " + failures);
        for (long[] s : students) {
            assertEquals(1, Rows.count("select count(*) from notifications where user_id = ? and notification_type = 'quiz_scores_released' "
                    + "and metadata like ?", s[0], "%\"quiz_id\":" + quiz + "%"), "one notice for student " + s[0]);
        }
        assertEquals(1, Rows.count("select count(*) from quizzes where id = ? and close_notified_at is not null", quiz));
    }

    void pendingCleanupTimeoutTwiceAtOnce() throws Exception {
        List<TutoringRows.Stale> stale = TutoringRows.staleEnrollments(6);
        List<Throwable> failures = atOnce(2, pendingTimer::onSchedule);
        assertTrue(failures.isEmpty(), "both timeouts ran: " + failures);
        for (TutoringRows.Stale s : stale) {
            assertEquals("canceled", Rows.value("select enrollment_status from enrollments where id = ?", s.enrollment()));
            assertEquals(1, Rows.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'canceled'", s.enrollment()),
                    "canceled once");
            assertEquals("available", Rows.value("select status from lesson_slots where id = ?", s.slot()), "slot freed");
        }
    }

    private static List<Schedule> schedules(Class<?> bean) {
        return Arrays.stream(bean.getDeclaredMethods()).map(m -> m.getAnnotation(Schedule.class)).filter(s -> s != null).toList();
    }

    /** Runs the call on {@code n} threads released together; returns what they threw. */
    static List<Throwable> atOnce(int n, Runnable call) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(n);
        List<Throwable> failures = new CopyOnWriteArrayList<>();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Thread t = new Thread(() -> {
                Thread.currentThread().setContextClassLoader(loader);
                try {
                    barrier.await(30, TimeUnit.SECONDS);
                    call.run();
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) {
            t.join(60_000);
        }
        return failures;
    }
}
