package com.edutrack.dashboard;

import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Seed section 13 and platform.md section 4's dashboards. */
@Path("/api/courses/dashboard")
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {
    @Inject
    DashboardService dashboards;
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("/teacher")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The caller's teacher's figures (assistants see their teacher's): total_courses (all, active or not), "
            + "total_students (distinct students with an approved enrollment), total_revenue (sum of purchases' amount_paid), the last "
            + "10 enrollments (any status) and purchases, and per course: approved students, purchases and revenue.")
    public DashboardViews.TeacherDashboard teacher() {
        return dashboards.teacher(currentUser.require().teacherId());
    }

    @GET
    @Path("/siteowner")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Platform totals (teachers, students, courses, approved and pending enrollments, purchases, revenue, the "
            + "money held in balances) and the same figures per teacher.")
    public DashboardViews.SiteOwnerDashboard siteOwner() {
        return dashboards.siteOwner();
    }
}
