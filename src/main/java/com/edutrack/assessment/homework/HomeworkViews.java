package com.edutrack.assessment.homework;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.edutrack.assessment.Grading;

/** Response shapes of seed section 9 (snake_case on the wire); the detail is a map, see HomeworkService. */
public final class HomeworkViews {
    private HomeworkViews() {
    }

    public record HomeworkSummary(long id, long lecture, String lectureName, String title, String description, boolean isActive,
                                  boolean isPublished, long totalPoints, long questionCount, Instant openDate, Instant closeDate,
                                  Instant createdAt) {
        static HomeworkSummary of(Homework h) {
            return new HomeworkSummary(h.getId(), h.getLecture().getId(), h.getLecture().getName(), h.getTitle(), h.getDescription(),
                    h.isActive(), h.isPublished(), h.getTotalPoints(), h.getQuestionCount(), h.getOpenDate(), h.getCloseDate(),
                    h.getCreatedAt());
        }
    }

    /** A row of the submission lists (staff per homework, a student's own). */
    public record SubmissionRow(long id, long homework, String homeworkTitle, long student, String studentName, String studentCode,
                                BigDecimal score, int totalPoints, BigDecimal scorePercent, Instant submittedAt) {
        static SubmissionRow of(HomeworkSubmission s) {
            return new SubmissionRow(s.getId(), s.getHomework().getId(), s.getHomework().getTitle(), s.getStudent().getId(),
                    s.getStudent().getNameEn(), s.getStudent().getStudentCode(), s.getScore(), s.getMaxScore(),
                    Grading.percent(s.getScore(), s.getMaxScore()), s.getSubmittedAt());
        }
    }

    /** A graded submission: everything, the model answer and the correct choices included (it is only shown after submitting). */
    public record SubmissionView(long id, long homework, String homeworkTitle, long student, String studentName, String studentCode,
                                 BigDecimal score, int totalPoints, BigDecimal scorePercent, Instant submittedAt, String modelAnswer,
                                 List<AnswerView> answers) {
    }

    public record AnswerView(long id, long question, int order, String questionText, String questionImage, String questionType,
                             List<Long> selectedChoices, String textAnswer, boolean isCorrect, BigDecimal pointsAwarded, int maxPoints,
                             List<Map<String, Object>> choices) {
    }
}
