package com.edutrack.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.assessment.bank.Choice;
import com.edutrack.assessment.bank.Question;

/**
 * A bank question as placed in a homework or quiz (the {@code questions} items of seed sections 9
 * and 10). Maps rather than records because a student's copy must not carry the {@code is_correct}
 * key at all, not even as null.
 */
public final class QuestionItems {
    private QuestionItems() {
    }

    public static Map<String, Object> item(long placementId, Question q, int order, Integer pointsOverride, int effectivePoints,
                                           List<Choice> choices, boolean withCorrect) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", placementId);
        m.put("question", q.getId());
        m.put("order", order);
        m.put("points_override", pointsOverride);
        m.put("effective_points", effectivePoints);
        m.put("question_text", q.getText());
        m.put("question_image", q.getImage());
        m.put("question_type", q.getType().code());
        m.put("choices", choices(choices, withCorrect));
        return m;
    }

    public static List<Map<String, Object>> choices(List<Choice> choices, boolean withCorrect) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Choice c : choices) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", c.getId());
            m.put("text", c.getText());
            m.put("image", c.getImage());
            if (withCorrect) {
                m.put("is_correct", c.isCorrect());
            }
            m.put("order", c.getSortOrder());
            out.add(m);
        }
        return out;
    }
}
