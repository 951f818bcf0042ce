package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.accounts.Student;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * One attempt of a student at a quiz: {@code in_progress} until submitted (or closed at its
 * deadline), then {@code submitted} while written answers wait for a teacher, then {@code graded}.
 */
@Entity
@Table(name = "quiz_attempts")
public class QuizAttempt {
    public static final String IN_PROGRESS = "in_progress";
    public static final String SUBMITTED = "submitted";
    public static final String GRADED = "graded";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "quiz_id")
    private Quiz quiz;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "student_id")
    private Student student;
    @Column(name = "attempt_number", nullable = false)
    private int attemptNumber;
    @Column(nullable = false, length = 20)
    private String status = IN_PROGRESS;
    @Column(name = "started_at", nullable = false)
    private Instant startedAt;
    @Column(nullable = false)
    private Instant deadline;
    @Column(name = "submitted_at")
    private Instant submittedAt;
    @Column(name = "graded_at")
    private Instant gradedAt;
    @Column(name = "timed_out", nullable = false)
    private boolean timedOut;
    @Column(precision = 8, scale = 2)
    private BigDecimal score;
    @Column(name = "max_score", nullable = false)
    private int maxScore;
    // Written answers still waiting for grade-written (counted in the row's own select).
    @Formula("(select count(*) from quiz_answers a where a.attempt_id = id and a.points_awarded is null)")
    private long ungradedAnswers;

    protected QuizAttempt() {
    }

    QuizAttempt(Quiz quiz, Student student, int attemptNumber, Instant startedAt, int maxScore) {
        this.quiz = quiz;
        this.student = student;
        this.attemptNumber = attemptNumber;
        this.startedAt = startedAt;
        this.deadline = quiz.deadlineFor(startedAt);
        this.maxScore = maxScore;
    }

    public boolean isInProgress() {
        return IN_PROGRESS.equals(status);
    }

    /** Past the deadline and its grace: nothing the student sends counts any more. */
    public boolean isExpired(Instant now) {
        return now.isAfter(deadline.plus(Quiz.GRACE));
    }

    /** Ends the attempt with the score of its auto-graded answers; graded unless written answers wait. */
    void finish(Instant now, boolean byTimeout, BigDecimal autoScore, boolean waitsForTeacher) {
        status = waitsForTeacher ? SUBMITTED : GRADED;
        submittedAt = now;
        timedOut = byTimeout;
        score = autoScore;
        gradedAt = waitsForTeacher ? null : now;
    }

    /** After a written answer was graded: the new total, and graded once nothing waits. */
    void regrade(BigDecimal total, boolean waitsForTeacher, Instant now) {
        score = total;
        if (!waitsForTeacher && !GRADED.equals(status)) {
            status = GRADED;
            gradedAt = now;
        }
    }

    public Long getId() { return id; }
    public Quiz getQuiz() { return quiz; }
    public Student getStudent() { return student; }
    public int getAttemptNumber() { return attemptNumber; }
    public String getStatus() { return status; }
    public Instant getStartedAt() { return startedAt; }
    public Instant getDeadline() { return deadline; }
    public Instant getSubmittedAt() { return submittedAt; }
    public Instant getGradedAt() { return gradedAt; }
    public boolean isTimedOut() { return timedOut; }
    public BigDecimal getScore() { return score; }
    public int getMaxScore() { return maxScore; }
    public long getUngradedAnswers() { return isInProgress() ? 0 : ungradedAnswers; }
}
