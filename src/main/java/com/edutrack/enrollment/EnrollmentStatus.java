package com.edutrack.enrollment;

/** Wire values are the constant names, as the seed shows them ({@code status: "pending"}). */
public enum EnrollmentStatus {
    pending("Pending"), approved("Approved"), rejected("Rejected");

    private final String display;

    EnrollmentStatus(String display) {
        this.display = display;
    }

    public String display() {
        return display;
    }
}
