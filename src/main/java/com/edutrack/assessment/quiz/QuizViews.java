package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;

import com.edutrack.assessment.Grading;

/** Response shapes of seed section 10 that are the same for every viewer (snake_case on the wire). */
public final class QuizViews {
    private QuizViews() {
    }

    public record SettingsView(Instant openDate, Instant closeDate, int timerMinutes, String scoreVisibility, String answersVisibility,
                               String questionOrder, boolean shuffleChoices, boolean allowMultipleAttempts, Integer maxAttempts,
                               String attemptScoring, boolean showCorrectAfterSubmission) {
        static SettingsView of(Quiz q) {
            return new SettingsView(q.getOpenDate(), q.getCloseDate(), q.getTimerMinutes(), q.getScoreVisibility(), q.getAnswersVisibility(),
                    q.getQuestionOrder(), q.isShuffleChoices(), q.isAllowMultipleAttempts(), q.getMaxAttempts(), q.getAttemptScoring(),
                    q.isShowCorrectAfterSubmission());
        }
    }

    public record QuizSummary(long id, long lecture, String lectureName, String title, String description, BigDecimal passingScore,
                              boolean isActive, boolean isPublished, long totalPoints, long questionCount, SettingsView settings,
                              Instant createdAt) {
        static QuizSummary of(Quiz q) {
            return new QuizSummary(q.getId(), q.getLecture().getId(), q.getLecture().getName(), q.getTitle(), q.getDescription(),
                    q.getPassingScore(), q.isActive(), q.isPublished(), q.getTotalPoints(), q.getQuestionCount(), SettingsView.of(q),
                    q.getCreatedAt());
        }
    }

    /**
     * A row of the attempt lists: a student's own ({@code score} and {@code passed} null until the
     * rules show them) and staff's per quiz (always shown). {@code ungraded_answers} counts written
     * answers waiting for grade-written.
     */
    public record AttemptRow(long id, long quiz, String quizTitle, long student, String studentName, String studentCode, int attemptNumber,
                             String status, Instant startedAt, Instant deadline, Instant submittedAt, Instant gradedAt, boolean timedOut,
                             BigDecimal score, int maxScore, BigDecimal scorePercent, Boolean passed, long ungradedAnswers) {
        static AttemptRow of(QuizAttempt a, boolean showScore) {
            Quiz q = a.getQuiz();
            BigDecimal score = showScore ? a.getScore() : null;
            BigDecimal percent = showScore ? Grading.percent(score, a.getMaxScore()) : null;
            Boolean passed = showScore && QuizAttempt.GRADED.equals(a.getStatus()) ? QuizScoring.passed(q, percent) : null;
            return new AttemptRow(a.getId(), q.getId(), q.getTitle(), a.getStudent().getId(), a.getStudent().getNameEn(),
                    a.getStudent().getStudentCode(), a.getAttemptNumber(), a.getStatus(), a.getStartedAt(), a.getDeadline(),
                    a.getSubmittedAt(), a.getGradedAt(), a.isTimedOut(), score, a.getMaxScore(), percent, passed, a.getUngradedAnswers());
        }
    }

    /** One student's line of the results table (and a student's own {@code my_result}). */
    public record ResultRow(long student, String studentName, String studentCode, int attempts, int gradedAttempts, BigDecimal finalScore,
                            int maxScore, BigDecimal scorePercent, Boolean passed, Instant lastSubmittedAt) {
    }
}
