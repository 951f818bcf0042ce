package com.edutrack.content;

import java.math.BigDecimal;

import com.edutrack.platform.errors.FieldErrors;

/** DRF's number field messages shared by the content forms. */
final class Inputs {
    private Inputs() {
    }

    static Integer minMax(FieldErrors errors, String field, Long value, long min, long max) {
        if (value == null) {
            return null;
        }
        if (value < min) {
            errors.add(field, "Ensure this value is greater than or equal to " + min + ".");
            return null;
        }
        if (value > max) {
            errors.add(field, "Ensure this value is less than or equal to " + max + ".");
            return null;
        }
        return value.intValue();
    }

    /** A non-negative amount with at most 10 digits, 2 of them decimals (numeric(10,2)). */
    static BigDecimal money(FieldErrors errors, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal v = value.stripTrailingZeros();
        int scale = Math.max(v.scale(), 0);
        int digits = Math.max(v.precision() - v.scale(), 1) + scale;
        if (scale > 2) {
            errors.add(field, "Ensure that there are no more than 2 decimal places.");
            return null;
        }
        if (digits > 10) {
            errors.add(field, "Ensure that there are no more than 10 digits in total.");
            return null;
        }
        if (value.signum() < 0) {
            errors.add(field, "Ensure this value is greater than or equal to 0.");
            return null;
        }
        return value.setScale(2);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
