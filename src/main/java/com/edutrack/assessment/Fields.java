package com.edutrack.assessment;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Collection;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;

/** DRF's messages for the field kinds the assessment forms use (choices, ranges, URLs, decimals). */
public final class Fields {
    private Fields() {
    }

    /** A value from a fixed set; DRF's ChoiceField message otherwise. */
    public static String choice(FormBody body, String field, Collection<String> allowed, boolean required) {
        String value = required ? body.requiredString(field) : body.string(field);
        if (value != null && !body.errors().has(field) && !allowed.contains(value)) {
            body.errors().add(field, "\"" + value + "\" is not a valid choice.");
            return null;
        }
        return body.errors().has(field) ? null : value;
    }

    /** An integer within [min, max], or null (absent or wrong; the error is recorded). */
    public static Integer range(FieldErrors errors, String field, Long value, long min, long max) {
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

    /** A decimal within [min, max] with at most two decimal places, scaled to two. */
    public static BigDecimal decimal(FieldErrors errors, String field, BigDecimal value, BigDecimal min, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (Math.max(value.stripTrailingZeros().scale(), 0) > 2) {
            errors.add(field, "Ensure that there are no more than 2 decimal places.");
            return null;
        }
        if (value.compareTo(min) < 0) {
            errors.add(field, "Ensure this value is greater than or equal to " + min.stripTrailingZeros().toPlainString() + ".");
            return null;
        }
        if (value.compareTo(max) > 0) {
            errors.add(field, "Ensure this value is less than or equal to " + max.stripTrailingZeros().toPlainString() + ".");
            return null;
        }
        return value.setScale(2);
    }

    /** An optional absolute http(s) URL (blank means none). */
    public static String url(FormBody body, String field, int maxLength) {
        String value = body.string(field);
        if (value == null || value.isBlank() || body.errors().has(field)) {
            return null;
        }
        String trimmed = value.trim();
        if (!isHttpUrl(trimmed)) {
            body.errors().add(field, "Enter a valid URL.");
            return null;
        }
        body.errors().maxLength(field, trimmed, maxLength);
        return trimmed;
    }

    public static boolean isHttpUrl(String value) {
        try {
            URI uri = URI.create(value);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public static String invalidPk(Object id) {
        return "Invalid pk \"" + id + "\" - object does not exist.";
    }
}
