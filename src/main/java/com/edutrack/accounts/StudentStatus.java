package com.edutrack.accounts;

import java.util.Arrays;
import java.util.List;

/** A student's standing, set by the site owner; wire and column values are the constant names. */
public enum StudentStatus {
    active, suspended, graduated;

    static List<String> names() {
        return Arrays.stream(values()).map(Enum::name).toList();
    }
}
