package com.edutrack.content;

/** Small text helpers of the content forms (number rules live in {@link com.edutrack.platform.input.NumberFields}). */
final class Inputs {
    private Inputs() {
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
