package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.edutrack.assessment.LectureAssessment;
import com.edutrack.content.Lecture;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Formula;

/**
 * A timed quiz of a lecture with its settings (seed section 10). The visibility rules of
 * platform.md section 5 live here so every view asks the same questions.
 */
@Entity
@Table(name = "quizzes")
public class Quiz extends LectureAssessment {
    public static final String IMMEDIATE = "immediate";
    public static final String AFTER_CLOSE = "after_close";
    public static final String MANUAL = "manual";
    public static final List<String> VISIBILITIES = List.of(IMMEDIATE, AFTER_CLOSE, MANUAL);
    public static final List<String> QUESTION_ORDERS = List.of("fixed", "random");
    public static final List<String> SCORINGS = List.of("best", "average", "last");
    /** A submit this long after the deadline is still accepted (network and clock slack). */
    public static final Duration GRACE = Duration.ofSeconds(30);

    @Column(name = "passing_score", precision = 5, scale = 2)
    private BigDecimal passingScore;
    @Column(name = "timer_minutes", nullable = false)
    private int timerMinutes = 30;
    @Column(name = "score_visibility", nullable = false, length = 20)
    private String scoreVisibility = IMMEDIATE;
    @Column(name = "answers_visibility", nullable = false, length = 20)
    private String answersVisibility = IMMEDIATE;
    @Column(name = "question_order", nullable = false, length = 10)
    private String questionOrder = "fixed";
    @Column(name = "shuffle_choices", nullable = false)
    private boolean shuffleChoices;
    @Column(name = "allow_multiple_attempts", nullable = false)
    private boolean allowMultipleAttempts;
    @Column(name = "max_attempts")
    private Integer maxAttempts = 1;
    @Column(name = "attempt_scoring", nullable = false, length = 10)
    private String attemptScoring = "best";
    @Column(name = "show_correct_after_submission", nullable = false)
    private boolean showCorrectAfterSubmission = true;
    @Column(name = "scores_released_at")
    private Instant scoresReleasedAt;
    @Column(name = "answers_released_at")
    private Instant answersReleasedAt;
    @Column(name = "close_notified_at")
    private Instant closeNotifiedAt;
    @Formula("(select count(*) from quiz_questions qq where qq.quiz_id = id)")
    private long questionCount;
    @Formula("(select coalesce(sum(coalesce(qq.points_override, q.points)), 0) from quiz_questions qq "
            + "join qb_questions q on q.id = qq.question_id where qq.quiz_id = id)")
    private long totalPoints;

    protected Quiz() {
    }

    public Quiz(Lecture lecture, long createdBy) {
        super(lecture, createdBy);
    }

    public boolean isClosed(Instant now) {
        return getCloseDate() != null && !now.isBefore(getCloseDate());
    }

    /** Scores: immediate, after the close date, or once released by hand. */
    public boolean scoreVisible(Instant now) {
        return switch (scoreVisibility) {
            case IMMEDIATE -> true;
            case AFTER_CLOSE -> isClosed(now);
            default -> scoresReleasedAt != null;
        };
    }

    /**
     * Correct answers (of a finished attempt): "immediate" means right after submitting and only
     * with show_correct_after_submission; after the close date; or once released by hand.
     */
    public boolean answersVisible(Instant now) {
        return switch (answersVisibility) {
            case IMMEDIATE -> showCorrectAfterSubmission;
            case AFTER_CLOSE -> isClosed(now);
            default -> answersReleasedAt != null;
        };
    }

    /** started + timer, never later than the close date. */
    public Instant deadlineFor(Instant startedAt) {
        Instant byTimer = startedAt.plus(Duration.ofMinutes(timerMinutes));
        Instant close = getCloseDate();
        return close != null && close.isBefore(byTimer) ? close : byTimer;
    }

    /** How many attempts a student has; null means no limit. */
    public Integer attemptLimit() {
        return allowMultipleAttempts ? maxAttempts : Integer.valueOf(1);
    }

    public void setAttempts(boolean multiple, Integer max) {
        this.allowMultipleAttempts = multiple;
        this.maxAttempts = multiple ? max : Integer.valueOf(1);
    }

    /** Manual release; true the first time only. */
    public boolean releaseScores(Instant now) {
        if (scoresReleasedAt == null) {
            scoresReleasedAt = now;
            return true;
        }
        return false;
    }

    public boolean releaseAnswers(Instant now) {
        if (answersReleasedAt == null) {
            answersReleasedAt = now;
            return true;
        }
        return false;
    }

    public BigDecimal getPassingScore() { return passingScore; }
    public void setPassingScore(BigDecimal passingScore) { this.passingScore = passingScore; }
    public int getTimerMinutes() { return timerMinutes; }
    public void setTimerMinutes(int timerMinutes) { this.timerMinutes = timerMinutes; }
    public String getScoreVisibility() { return scoreVisibility; }
    public void setScoreVisibility(String scoreVisibility) { this.scoreVisibility = scoreVisibility; }
    public String getAnswersVisibility() { return answersVisibility; }
    public void setAnswersVisibility(String answersVisibility) { this.answersVisibility = answersVisibility; }
    public String getQuestionOrder() { return questionOrder; }
    public void setQuestionOrder(String questionOrder) { this.questionOrder = questionOrder; }
    public boolean isShuffleChoices() { return shuffleChoices; }
    public void setShuffleChoices(boolean shuffleChoices) { this.shuffleChoices = shuffleChoices; }
    public boolean isAllowMultipleAttempts() { return allowMultipleAttempts; }
    public Integer getMaxAttempts() { return maxAttempts; }
    public String getAttemptScoring() { return attemptScoring; }
    public void setAttemptScoring(String attemptScoring) { this.attemptScoring = attemptScoring; }
    public boolean isShowCorrectAfterSubmission() { return showCorrectAfterSubmission; }
    public void setShowCorrectAfterSubmission(boolean show) { this.showCorrectAfterSubmission = show; }
    public Instant getScoresReleasedAt() { return scoresReleasedAt; }
    public Instant getAnswersReleasedAt() { return answersReleasedAt; }
    public Instant getCloseNotifiedAt() { return closeNotifiedAt; }
    public long getQuestionCount() { return questionCount; }
    public long getTotalPoints() { return totalPoints; }
}
