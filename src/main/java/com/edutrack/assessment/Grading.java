package com.edutrack.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Set;

/**
 * The platform's grading rules (platform.md section 5): a multiple-choice answer earns its full
 * points only when the chosen set equals the correct set (for a single-answer question, the one
 * correct choice alone); nothing else earns anything. Written answers wait for a teacher.
 */
public final class Grading {
    private Grading() {
    }

    public static boolean choicesCorrect(Set<Long> selected, Set<Long> correct) {
        return !selected.isEmpty() && selected.equals(correct);
    }

    public static BigDecimal points(boolean correct, int maxPoints) {
        return correct ? BigDecimal.valueOf(maxPoints).setScale(2) : BigDecimal.ZERO.setScale(2);
    }

    /** score / total as a percentage with two decimals (0 when the total is 0). */
    public static BigDecimal percent(BigDecimal score, int total) {
        if (score == null) {
            return null;
        }
        if (total <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return score.multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(total), 2, RoundingMode.HALF_UP);
    }
}
