package com.edutrack.platform.security;

import java.util.ArrayList;
import java.util.List;

/** The password rules of the platform: at least 8 characters, not all digits, not the username. */
public final class PasswordRules {
    private PasswordRules() {
    }

    public static List<String> problems(String password, String username) {
        List<String> problems = new ArrayList<>();
        if (password.length() < 8) {
            problems.add("This password is too short. It must contain at least 8 characters.");
        }
        if (!password.isEmpty() && password.chars().allMatch(Character::isDigit)) {
            problems.add("This password is entirely numeric.");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            problems.add("The password is too similar to the username.");
        }
        return problems;
    }
}
