package com.edutrack.platform.request;

/** The two API families of the application, told apart by path. */
public enum ApiStyle {
    /** {@code /api/...}: Django REST Framework conventions. */
    SCHOOL,
    /** {@code /v1/...}, {@code /currentuser}, {@code /permissions}: the tutoring service envelope. */
    TUTORING;

    public static ApiStyle of(String path) {
        String p = path.startsWith("/") ? path : "/" + path;
        if (p.startsWith("/v1/") || p.equals("/v1") || p.startsWith("/currentuser") || p.startsWith("/permissions")) {
            return TUTORING;
        }
        return SCHOOL;
    }
}
