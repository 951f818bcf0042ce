package com.edutrack.platform.input;

import java.math.BigDecimal;

import com.edutrack.platform.errors.FieldErrors;

/** DRF's integer and decimal field rules and messages, shared by every form of the school API. */
public final class NumberFields {
    private NumberFields() {
    }

    /** {@code value} within [min, max], else DRF's bound message and null. */
    public static Integer minMax(FieldErrors errors, String field, Long value, long min, long max) {
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
    public static BigDecimal money(FieldErrors errors, String field, BigDecimal value) {
        return money(errors, field, value, BigDecimal.ZERO);
    }

    /** An amount of at least {@code min} with at most 10 digits, 2 of them decimals, scaled to 2. */
    public static BigDecimal money(FieldErrors errors, String field, BigDecimal value, BigDecimal min) {
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
        if (value.compareTo(min) < 0) {
            errors.add(field, "Ensure this value is greater than or equal to " + min.toPlainString() + ".");
            return null;
        }
        return value.setScale(2);
    }
}
