package com.edutrack.assessment.quiz;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;

import com.edutrack.assessment.Fields;
import com.edutrack.platform.input.FormBody;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * Reads a quiz form onto a quiz: the plain fields and the nested {@code settings} object. Settings
 * keys not sent keep their value (defaults on create), on PUT as on PATCH. open_date/close_date
 * are read from settings (where the seed shows them) or, failing that, from the top level.
 * Problems inside settings are reported under the setting's own name.
 */
final class QuizForm {
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final FormBody body;
    private final FormBody settings;

    QuizForm(FormBody body) {
        this.body = body;
        JsonValue raw = body.json("settings");
        if (raw instanceof JsonObject o) {
            settings = FormBody.of(new LinkedHashMap<>(o));
        } else {
            settings = FormBody.of(new LinkedHashMap<>());
            if (body.has("settings") && raw != JsonValue.NULL) {
                body.errors().add("settings", "Invalid data. Expected a dictionary of items.");
            }
        }
    }

    void apply(Quiz q, boolean partial) {
        if (!partial || body.has("description")) {
            String description = body.string("description");
            body.errors().maxLength("description", description, 5000);
            q.setDescription(Fields.blankToNull(description));
        }
        if (!partial || body.has("passing_score")) {
            q.setPassingScore(Fields.decimal(body.errors(), "passing_score", body.decimal("passing_score"), BigDecimal.ZERO, HUNDRED));
        }
        Boolean active = flag(body, "is_active");
        if (active != null) {
            q.setActive(active);
        }
        Boolean published = flag(body, "is_published");
        if (published != null) {
            q.setPublished(published);
        }
        FormBody dates = settings.has("open_date") || settings.has("close_date") ? settings : body;
        if (!partial || dates.has("open_date")) {
            q.setOpenDate(dates.dateTime("open_date"));
        }
        if (!partial || dates.has("close_date")) {
            q.setCloseDate(dates.dateTime("close_date"));
        }
        if (settings.has("timer_minutes")) {
            Integer timer = Fields.range(settings.errors(), "timer_minutes", settings.requiredInteger("timer_minutes"), 1, 1440);
            if (timer != null) {
                q.setTimerMinutes(timer);
            }
        }
        String score = Fields.choice(settings, "score_visibility", Quiz.VISIBILITIES, false);
        if (score != null) {
            q.setScoreVisibility(score);
        }
        String answers = Fields.choice(settings, "answers_visibility", Quiz.VISIBILITIES, false);
        if (answers != null) {
            q.setAnswersVisibility(answers);
        }
        String order = Fields.choice(settings, "question_order", Quiz.QUESTION_ORDERS, false);
        if (order != null) {
            q.setQuestionOrder(order);
        }
        Boolean shuffle = flag(settings, "shuffle_choices");
        if (shuffle != null) {
            q.setShuffleChoices(shuffle);
        }
        Boolean allowMultiple = flag(settings, "allow_multiple_attempts");
        boolean multiple = allowMultiple != null ? allowMultiple : q.isAllowMultipleAttempts();
        Integer max = q.getMaxAttempts();
        if (settings.has("max_attempts")) {
            max = Fields.range(settings.errors(), "max_attempts", settings.integer("max_attempts"), 1, 100);
        } else if (multiple && !q.isAllowMultipleAttempts()) {
            max = null;
        }
        q.setAttempts(multiple, max);
        String scoring = Fields.choice(settings, "attempt_scoring", Quiz.SCORINGS, false);
        if (scoring != null) {
            q.setAttemptScoring(scoring);
        }
        Boolean showCorrect = flag(settings, "show_correct_after_submission");
        if (showCorrect != null) {
            q.setShowCorrectAfterSubmission(showCorrect);
        }
        Instant open = q.getOpenDate();
        Instant close = q.getCloseDate();
        if (open != null && close != null && !close.isAfter(open)) {
            body.errors().add("close_date", "Close date must be after the open date.");
        }
        if (close == null && (Quiz.AFTER_CLOSE.equals(q.getScoreVisibility()) || Quiz.AFTER_CLOSE.equals(q.getAnswersVisibility()))) {
            body.errors().add("close_date", "A close date is needed when scores or answers are shown after close.");
        }
    }

    private static Boolean flag(FormBody form, String field) {
        return form.has(field) ? form.bool(field) : null;
    }

    void throwIfAny() {
        body.errors().throwIfAny();
        settings.errors().throwIfAny();
    }
}
