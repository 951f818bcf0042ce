package com.edutrack.assessment.bank;

import java.util.ArrayList;
import java.util.List;

import com.edutrack.assessment.Fields;
import com.edutrack.assessment.bank.Question.ChoiceInput;
import com.edutrack.platform.errors.FieldErrors;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The {@code choices} array of a question form and the platform's rules on it: a single-choice
 * question has 2-10 choices with exactly one correct, a multiple-choice question 2-10 with at least
 * one correct, a written question none. Messages go under {@code choices}, prefixed by the
 * choice's position where one choice is at fault.
 */
final class ChoicesInput {
    static final int MIN = 2;
    static final int MAX = 10;

    private ChoicesInput() {
    }

    /** Reads the array; null when the field is absent or invalid (the error is recorded). */
    static List<ChoiceInput> read(FieldErrors errors, JsonValue raw, boolean present) {
        if (!present) {
            return null;
        }
        if (raw == null) {
            errors.add("choices", "Expected a list of items but got type \"str\".");
            return null;
        }
        if (raw == JsonValue.NULL) {
            return List.of();
        }
        if (!(raw instanceof JsonArray array)) {
            errors.add("choices", "Expected a list of items but got type \"" + raw.getValueType().name().toLowerCase() + "\".");
            return null;
        }
        List<ChoiceInput> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "Choice " + (i + 1) + ": ";
            if (!(array.get(i) instanceof JsonObject o)) {
                errors.add("choices", at + "Invalid data. Expected a dictionary.");
                return null;
            }
            String text = o.get("text") instanceof JsonString s ? s.getString().trim() : null;
            if (text == null || text.isEmpty()) {
                errors.add("choices", at + "text: " + (text == null ? FieldErrors.REQUIRED : FieldErrors.BLANK));
                return null;
            }
            if (text.length() > 2000) {
                errors.add("choices", at + "text: Ensure this field has no more than 2000 characters.");
                return null;
            }
            String image = null;
            JsonValue img = o.get("image");
            if (img instanceof JsonString s && !s.getString().isBlank()) {
                image = s.getString().trim();
                if (!Fields.isHttpUrl(image) || image.length() > 500) {
                    errors.add("choices", at + "image: Enter a valid URL.");
                    return null;
                }
            }
            JsonValue correct = o.get("is_correct");
            if (correct != null && correct != JsonValue.TRUE && correct != JsonValue.FALSE && correct != JsonValue.NULL) {
                errors.add("choices", at + "is_correct: Must be a valid boolean.");
                return null;
            }
            int order = i;
            JsonValue ord = o.get("order");
            if (ord instanceof JsonNumber n && n.isIntegral() && n.longValue() >= 0 && n.longValue() <= Integer.MAX_VALUE) {
                order = n.intValue();
            } else if (ord != null && ord != JsonValue.NULL) {
                errors.add("choices", at + "order: A valid integer is required.");
                return null;
            }
            out.add(new ChoiceInput(text, image, correct == JsonValue.TRUE, order));
        }
        return out;
    }

    /** Whether the choices fit the question type; records the reason when not. */
    static boolean check(FieldErrors errors, QuestionType type, List<ChoiceInput> choices) {
        if (type == QuestionType.WRITTEN) {
            if (!choices.isEmpty()) {
                errors.add("choices", "A written question has no choices.");
                return false;
            }
            return true;
        }
        if (choices.size() < MIN || choices.size() > MAX) {
            errors.add("choices", "A multiple-choice question needs " + MIN + " to " + MAX + " choices.");
            return false;
        }
        long correct = choices.stream().filter(ChoiceInput::correct).count();
        if (type == QuestionType.MCQ_SINGLE && correct != 1) {
            errors.add("choices", "A single-answer question needs exactly one correct choice.");
            return false;
        }
        if (type == QuestionType.MCQ_MULTIPLE && correct < 1) {
            errors.add("choices", "A multiple-answer question needs at least one correct choice.");
            return false;
        }
        return true;
    }
}
