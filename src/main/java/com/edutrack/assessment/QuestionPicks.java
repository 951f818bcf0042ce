package com.edutrack.assessment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.edutrack.assessment.bank.Question;
import com.edutrack.platform.input.FormBody;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * The questions of a homework or quiz form, in order: the seed's {@code question_ids} (plain ids),
 * or {@code questions} ({@code [{question, points_override}]}) to also override points. Null when
 * neither field was sent (keep the current questions).
 */
public final class QuestionPicks {
    public record Pick(long question, Integer pointsOverride) {
    }

    private QuestionPicks() {
    }

    public static List<Pick> read(FormBody body) {
        List<Pick> picks;
        String field;
        if (body.has("questions")) {
            field = "questions";
            picks = fromObjects(body);
        } else if (body.has("question_ids")) {
            field = "question_ids";
            List<Long> ids = body.integers("question_ids");
            picks = ids == null ? null : ids.stream().map(id -> new Pick(id, null)).toList();
        } else {
            return null;
        }
        if (picks == null) {
            return null;
        }
        Set<Long> seen = new HashSet<>();
        for (Pick p : picks) {
            if (!seen.add(p.question())) {
                body.errors().add(field, "Question " + p.question() + " is listed twice.");
                return null;
            }
        }
        return picks;
    }

    private static List<Pick> fromObjects(FormBody body) {
        JsonValue raw = body.json("questions");
        if (!(raw instanceof JsonArray array)) {
            body.errors().add("questions", "Expected a list of items.");
            return null;
        }
        List<Pick> out = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            String at = "Item " + (i + 1) + ": ";
            if (!(array.get(i) instanceof JsonObject o) || !(o.get("question") instanceof JsonNumber q) || !q.isIntegral()) {
                body.errors().add("questions", at + "question: A valid integer is required.");
                return null;
            }
            Integer override = null;
            JsonValue p = o.get("points_override");
            if (p instanceof JsonNumber n && n.isIntegral()) {
                if (n.longValue() < 0 || n.longValue() > Question.MAX_POINTS) {
                    body.errors().add("questions", at + "points_override: Ensure this value is between 0 and " + Question.MAX_POINTS + ".");
                    return null;
                }
                override = n.intValue();
            } else if (p != null && p != JsonValue.NULL) {
                body.errors().add("questions", at + "points_override: A valid integer is required.");
                return null;
            }
            out.add(new Pick(q.longValue(), override));
        }
        return out;
    }
}
