package com.edutrack.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.edutrack.assessment.bank.QuestionType;
import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * One answer of a student's {@code answers} array: {@code {question, selected_choices, text_answer}},
 * where {@code question} is the bank question id (as the homework and quiz views show it).
 */
public record AnswerInput(long question, Set<Long> selectedChoices, String textAnswer) {

    /** What an answer is checked against: the question's type and its choice ids. */
    public record Target(QuestionType type, Set<Long> choiceIds) {
    }

    /** Reads the array (null when absent and not required); problems go under {@code answers}. */
    public static List<AnswerInput> read(FormBody body, boolean required) {
        FieldErrors errors = body.errors();
        if (!body.has("answers") || body.json("answers") == JsonValue.NULL) {
            if (required) {
                errors.add("answers", FieldErrors.REQUIRED);
            }
            return null;
        }
        if (!(body.json("answers") instanceof JsonArray array)) {
            errors.add("answers", "Expected a list of items.");
            return null;
        }
        List<AnswerInput> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "Answer " + (i + 1) + ": ";
            if (!(array.get(i) instanceof JsonObject o) || !(o.get("question") instanceof JsonNumber q) || !q.isIntegral()) {
                errors.add("answers", at + "question: A valid integer is required.");
                return null;
            }
            if (!seen.add(q.longValue())) {
                errors.add("answers", at + "question " + q.longValue() + " is answered twice.");
                return null;
            }
            Set<Long> selected = new LinkedHashSet<>();
            JsonValue sc = o.get("selected_choices");
            if (sc instanceof JsonArray choices) {
                for (JsonValue c : choices) {
                    if (!(c instanceof JsonNumber n) || !n.isIntegral()) {
                        errors.add("answers", at + "selected_choices: A valid integer is required.");
                        return null;
                    }
                    selected.add(n.longValue());
                }
            } else if (sc != null && sc != JsonValue.NULL) {
                errors.add("answers", at + "selected_choices: Expected a list of items.");
                return null;
            }
            String text = null;
            JsonValue t = o.get("text_answer");
            if (t instanceof JsonString s) {
                text = s.getString().isBlank() ? null : s.getString();
            } else if (t != null && t != JsonValue.NULL) {
                errors.add("answers", at + "text_answer: Not a valid string.");
                return null;
            }
            if (text != null && text.length() > 10000) {
                errors.add("answers", at + "text_answer: Ensure this field has no more than 10000 characters.");
                return null;
            }
            out.add(new AnswerInput(q.longValue(), selected, text));
        }
        return out;
    }

    /** Each answer must name a question of the assessment and only that question's choices (one for a single-answer question). */
    public static void check(FieldErrors errors, List<AnswerInput> answers, Map<Long, Target> targets) {
        if (answers == null) {
            return;
        }
        for (AnswerInput a : answers) {
            Target target = targets.get(a.question());
            if (target == null) {
                errors.add("answers", "Question " + a.question() + " is not part of this assessment.");
                return;
            }
            if (!target.choiceIds().containsAll(a.selectedChoices())) {
                errors.add("answers", "Question " + a.question() + ": a selected choice does not belong to the question.");
                return;
            }
            if (target.type() == QuestionType.MCQ_SINGLE && a.selectedChoices().size() > 1) {
                errors.add("answers", "Question " + a.question() + " takes one choice.");
                return;
            }
            if (target.type() == QuestionType.WRITTEN && !a.selectedChoices().isEmpty()) {
                errors.add("answers", "Question " + a.question() + " is written: send text_answer, not choices.");
                return;
            }
        }
    }
}
