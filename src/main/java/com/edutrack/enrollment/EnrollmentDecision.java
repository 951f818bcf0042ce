package com.edutrack.enrollment;

import java.util.Arrays;
import java.util.List;

/** What staff may do with a pending request; the wire value is {@link #verb()}. */
public enum EnrollmentDecision {
    APPROVE("approve", EnrollmentStatus.approved),
    REJECT("reject", EnrollmentStatus.rejected);

    public static final List<String> VERBS = Arrays.stream(values()).map(EnrollmentDecision::verb).toList();

    private final String verb;
    private final EnrollmentStatus outcome;

    EnrollmentDecision(String verb, EnrollmentStatus outcome) {
        this.verb = verb;
        this.outcome = outcome;
    }

    public String verb() {
        return verb;
    }

    public EnrollmentStatus outcome() {
        return outcome;
    }

    public static EnrollmentDecision of(String verb) {
        return Arrays.stream(values()).filter(d -> d.verb.equals(verb)).findFirst().orElseThrow();
    }
}
