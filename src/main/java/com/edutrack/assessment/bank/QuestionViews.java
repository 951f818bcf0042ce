package com.edutrack.assessment.bank;

import java.time.Instant;
import java.util.List;

/** Response shapes of seed section 8 (snake_case on the wire). */
public final class QuestionViews {
    private QuestionViews() {
    }

    /** A row of {@code GET /question-bank/questions/}. */
    public record QuestionSummary(long id, long lesson, String lessonName, String chapterName, String subjectName, String questionType,
                                  String difficulty, int points, long choiceCount, boolean isGlobal, long createdBy, Instant createdAt) {
        static QuestionSummary of(Question q) {
            Lesson l = q.getLesson();
            return new QuestionSummary(q.getId(), l.getId(), l.getName(), l.getChapter().getName(), l.getChapter().getSubject().getName(),
                    q.getType().code(), q.getDifficulty(), q.getPoints(), q.getChoiceCount(), q.isGlobal(), q.getCreatedBy(), q.getCreatedAt());
        }
    }

    /** One question with every choice, {@code is_correct} included (staff only). */
    public record QuestionDetail(long id, long lesson, String lessonName, long chapter, String chapterName, String subjectName,
                                 String questionType, String text, String image, String difficulty, int points, String explanation,
                                 boolean isGlobal, long choiceCount, List<ChoiceView> choices, long createdBy, Instant createdAt,
                                 Instant updatedAt) {
        static QuestionDetail of(Question q) {
            Lesson l = q.getLesson();
            List<ChoiceView> choices = q.getChoices().stream().map(ChoiceView::of).toList();
            return new QuestionDetail(q.getId(), l.getId(), l.getName(), l.getChapter().getId(), l.getChapter().getName(),
                    l.getChapter().getSubject().getName(), q.getType().code(), q.getText(), q.getImage(), q.getDifficulty(), q.getPoints(),
                    q.getExplanation(), q.isGlobal(), choices.size(), choices, q.getCreatedBy(), q.getCreatedAt(), q.getUpdatedAt());
        }
    }

    public record ChoiceView(long id, String text, String image, boolean isCorrect, int order) {
        public static ChoiceView of(Choice c) {
            return new ChoiceView(c.getId(), c.getText(), c.getImage(), c.isCorrect(), c.getSortOrder());
        }
    }

    public record RandomSelection(long totalAvailable, int requested, List<Long> selected) {
    }
}
