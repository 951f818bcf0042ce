package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.edutrack.accounts.Student;
import com.edutrack.assessment.Grading;
import com.edutrack.assessment.quiz.QuizViews.ResultRow;

/**
 * A student's quiz score over their graded attempts, by the quiz's attempt_scoring: the best, the
 * average (two decimals, half up) or the last one; {@code passed = score_percent >= passing_score}
 * (a percentage), null without a passing score or without a graded attempt.
 */
final class QuizScoring {
    private QuizScoring() {
    }

    static ResultRow result(Quiz quiz, Student student, List<QuizAttempt> attempts) {
        List<QuizAttempt> graded = attempts.stream().filter(a -> QuizAttempt.GRADED.equals(a.getStatus())).toList();
        int maxScore = attempts.stream().max(Comparator.comparingInt(QuizAttempt::getAttemptNumber))
                .map(QuizAttempt::getMaxScore).orElse((int) quiz.getTotalPoints());
        BigDecimal score = finalScore(quiz.getAttemptScoring(), graded);
        BigDecimal percent = Grading.percent(score, maxScore);
        Instant last = attempts.stream().map(QuizAttempt::getSubmittedAt).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        return new ResultRow(student.getId(), student.getNameEn(), student.getStudentCode(), attempts.size(), graded.size(), score,
                maxScore, percent, score == null ? null : passed(quiz, percent), last);
    }

    static BigDecimal finalScore(String scoring, List<QuizAttempt> graded) {
        if (graded.isEmpty()) {
            return null;
        }
        return switch (scoring) {
            case "average" -> graded.stream().map(QuizAttempt::getScore).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(graded.size()), 2, RoundingMode.HALF_UP);
            case "last" -> graded.stream().max(Comparator.comparingInt(QuizAttempt::getAttemptNumber)).orElseThrow().getScore();
            default -> graded.stream().map(QuizAttempt::getScore).max(Comparator.naturalOrder()).orElseThrow();
        };
    }

    static Boolean passed(Quiz quiz, BigDecimal percent) {
        if (quiz.getPassingScore() == null || percent == null) {
            return null;
        }
        return percent.compareTo(quiz.getPassingScore()) >= 0;
    }
}
