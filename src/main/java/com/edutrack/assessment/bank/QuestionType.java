package com.edutrack.assessment.bank;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The three kinds of bank question; the wire and database value is the lower-case name. */
public enum QuestionType {
    MCQ_SINGLE, MCQ_MULTIPLE, WRITTEN;

    public static final List<String> CODES = Arrays.stream(values()).map(QuestionType::code).toList();

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuestionType of(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    public boolean hasChoices() {
        return this != WRITTEN;
    }
}
