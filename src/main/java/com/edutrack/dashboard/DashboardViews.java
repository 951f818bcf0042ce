package com.edutrack.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Seed section 13's teacher dashboard and the site owner's platform totals. */
public final class DashboardViews {
    private DashboardViews() {
    }

    public record Teacher(long totalCourses, long totalStudents, BigDecimal totalRevenue, List<RecentEnrollment> recentEnrollments,
                          List<RecentPurchase> recentPurchases, List<CourseFigures> courseBreakdown) {
    }

    public record RecentEnrollment(long id, String studentName, String courseName, String status, Instant enrolledAt) {
    }

    public record RecentPurchase(long id, String studentName, String lectureName, BigDecimal amountPaid, Instant purchasedAt) {
    }

    public record CourseFigures(long id, String name, long studentCount, long purchaseCount, BigDecimal revenue) {
    }

    public record SiteOwner(long totalTeachers, long totalStudents, long totalCourses, long approvedEnrollments, long pendingEnrollments,
                            long totalPurchases, BigDecimal totalRevenue, BigDecimal totalBalance, List<TeacherFigures> teacherBreakdown) {
    }

    public record TeacherFigures(long id, String name, long courseCount, long studentCount, long purchaseCount, BigDecimal revenue) {
    }
}
