package com.edutrack.dashboard;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.json.bind.annotation.JsonbProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The teacher's dashboard (seed section 13) and the site owner's platform totals. */
public final class DashboardViews {
    private DashboardViews() {
    }

    @Schema(name = "TeacherDashboard", description = "The figures of one teacher's courses. Revenue is what students paid (after discounts).")
    public record TeacherDashboard(@JsonbProperty("total_courses") @Schema(description = "Active or not.") long totalCourses,
                                   @JsonbProperty("total_students") @Schema(description = "Distinct students with an approved enrollment.")
                                   long totalStudents,
                                   @JsonbProperty("total_revenue") @Schema(example = "240.00") BigDecimal totalRevenue,
                                   @JsonbProperty("recent_enrollments") @Schema(description = "The last 10, any status, newest first.")
                                   List<RecentEnrollment> recentEnrollments,
                                   @JsonbProperty("recent_purchases") @Schema(description = "The last 10, newest first.")
                                   List<RecentPurchase> recentPurchases,
                                   @JsonbProperty("course_breakdown") @Schema(description = "Every course of the teacher, by name.")
                                   List<CourseFigures> courseBreakdown) {
    }

    @Schema(name = "DashboardEnrollment", description = "A recent enrollment request.")
    public record RecentEnrollment(@JsonbProperty("id") long id,
                                   @JsonbProperty("student_name") String studentName,
                                   @JsonbProperty("course_name") String courseName,
                                   @JsonbProperty("status") @Schema(enumeration = {"pending", "approved", "rejected"}) String status,
                                   @JsonbProperty("enrolled_at") Instant enrolledAt) {
    }

    @Schema(name = "DashboardPurchase", description = "A recent lecture purchase.")
    public record RecentPurchase(@JsonbProperty("id") long id,
                                 @JsonbProperty("student_name") String studentName,
                                 @JsonbProperty("lecture_name") String lectureName,
                                 @JsonbProperty("amount_paid") BigDecimal amountPaid,
                                 @JsonbProperty("purchased_at") Instant purchasedAt) {
    }

    @Schema(name = "CourseFigures", description = "One course's approved students, purchases and revenue.")
    public record CourseFigures(@JsonbProperty("id") long id,
                                @JsonbProperty("name") String name,
                                @JsonbProperty("student_count") long studentCount,
                                @JsonbProperty("purchase_count") long purchaseCount,
                                @JsonbProperty("revenue") BigDecimal revenue) {
    }

    @Schema(name = "SiteOwnerDashboard", description = "Platform totals and the same figures per teacher.")
    public record SiteOwnerDashboard(@JsonbProperty("total_teachers") long totalTeachers,
                                     @JsonbProperty("total_students") long totalStudents,
                                     @JsonbProperty("total_courses") long totalCourses,
                                     @JsonbProperty("approved_enrollments") long approvedEnrollments,
                                     @JsonbProperty("pending_enrollments") long pendingEnrollments,
                                     @JsonbProperty("total_purchases") long totalPurchases,
                                     @JsonbProperty("total_revenue") BigDecimal totalRevenue,
                                     @JsonbProperty("total_balance") @Schema(description = "The money held in all balances.") BigDecimal totalBalance,
                                     @JsonbProperty("teacher_breakdown") @Schema(description = "Every teacher, by name.")
                                     List<TeacherFigures> teacherBreakdown) {
    }

    @Schema(name = "TeacherFigures", description = "One teacher's courses, approved students, purchases and revenue.")
    public record TeacherFigures(@JsonbProperty("id") @Schema(description = "Teacher profile id.") long id,
                                 @JsonbProperty("name") String name,
                                 @JsonbProperty("course_count") long courseCount,
                                 @JsonbProperty("student_count") long studentCount,
                                 @JsonbProperty("purchase_count") long purchaseCount,
                                 @JsonbProperty("revenue") BigDecimal revenue) {
    }
}
