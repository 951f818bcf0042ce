package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.assessment.Grading;
import com.edutrack.assessment.IdList;
import com.edutrack.assessment.QuestionItems;
import com.edutrack.assessment.bank.Choice;
import com.edutrack.assessment.bank.Question;
import com.edutrack.assessment.bank.QuestionService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * An attempt as staff or its student see it. Staff see everything. The student sees their own
 * answers always; {@code score}, {@code passed} and per-answer points and feedback only when the
 * quiz's score visibility allows (and the attempt is graded, for the totals); {@code is_correct},
 * the correct choices and the explanation only when the answers visibility allows, never while
 * the attempt is in progress. Hidden keys are absent or null, never a real value.
 */
@ApplicationScoped
public class AttemptViews {
    @Inject
    AttemptQueries queries;
    @Inject
    QuestionService questions;

    Map<String, Object> of(QuizAttempt a, boolean staff, Instant now) {
        return of(a, queries.answers(a), staff, now);
    }

    Map<String, Object> of(QuizAttempt a, List<QuizAnswer> answers, boolean staff, Instant now) {
        return of(a, answers, questions.choicesOf(answers.stream().map(x -> x.getQuizQuestion().getQuestion().getId()).toList()), staff, now);
    }

    /** With the attempt's choices already loaded (by question id). */
    Map<String, Object> of(QuizAttempt a, List<QuizAnswer> answers, Map<Long, List<Choice>> choices, boolean staff, Instant now) {
        Quiz q = a.getQuiz();
        boolean finished = !a.isInProgress();
        boolean showPoints = staff || (finished && q.scoreVisible(now));
        boolean showTotal = staff || (QuizAttempt.GRADED.equals(a.getStatus()) && q.scoreVisible(now));
        boolean reveal = staff || (finished && q.answersVisible(now));
        BigDecimal score = showTotal ? a.getScore() : null;
        BigDecimal percent = showTotal ? Grading.percent(score, a.getMaxScore()) : null;

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", a.getId());
        m.put("quiz", q.getId());
        m.put("quiz_title", q.getTitle());
        m.put("student", a.getStudent().getId());
        m.put("student_name", a.getStudent().getNameEn());
        m.put("attempt_number", a.getAttemptNumber());
        m.put("status", a.getStatus());
        m.put("started_at", a.getStartedAt());
        m.put("deadline", a.getDeadline());
        m.put("submitted_at", a.getSubmittedAt());
        m.put("graded_at", a.getGradedAt());
        m.put("timed_out", a.isTimedOut());
        m.put("score", score);
        m.put("max_score", a.getMaxScore());
        m.put("score_percent", percent);
        m.put("passed", showTotal && QuizAttempt.GRADED.equals(a.getStatus()) ? QuizScoring.passed(q, percent) : null);
        m.put("questions", items(answers, choices, showPoints, reveal));
        return m;
    }

    private static List<Map<String, Object>> items(List<QuizAnswer> answers, Map<Long, List<Choice>> choices, boolean showPoints, boolean reveal) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (QuizAnswer x : answers) {
            Question question = x.getQuizQuestion().getQuestion();
            Map<Long, Choice> byId = new HashMap<>();
            choices.getOrDefault(question.getId(), List.of()).forEach(c -> byId.put(c.getId(), c));
            List<Choice> drawn = IdList.parse(x.getChoiceOrder()).stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("answer_id", x.getId());
            m.put("question", question.getId());
            m.put("order", x.getSortOrder());
            m.put("points", x.getMaxPoints());
            m.put("question_text", question.getText());
            m.put("question_image", question.getImage());
            m.put("question_type", question.getType().code());
            m.put("choices", QuestionItems.choices(drawn, reveal));
            m.put("selected_choices", IdList.parse(x.getSelectedChoices()));
            m.put("text_answer", x.getTextAnswer());
            if (reveal) {
                m.put("is_correct", x.getCorrect());
                m.put("explanation", question.getExplanation());
            }
            m.put("points_awarded", showPoints ? x.getPointsAwarded() : null);
            m.put("feedback", showPoints ? x.getFeedback() : null);
            out.add(m);
        }
        return out;
    }
}
