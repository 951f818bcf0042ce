package com.edutrack.platform.security;

import java.util.Locale;

/** The four roles of the one user table; JSON and the database use the lower-case name. */
public enum Role {
    SITEOWNER, TEACHER, ASSISTANT, STUDENT;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
