package com.edutrack.enrollment;

import java.util.Arrays;
import java.util.List;

import com.edutrack.enrollment.EnrollmentForms.BulkActionForm;
import com.edutrack.enrollment.EnrollmentForms.DecisionForm;
import com.edutrack.enrollment.EnrollmentForms.RequestForm;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Course enrollment requests: students ask to join, the course's staff decide. */
@Path("/api/courses/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class CourseEnrollmentResource {
    private static final List<String> STATUSES = Arrays.stream(EnrollmentStatus.values()).map(Enum::name).toList();

    @Inject
    CourseEnrollmentService enrollments;
    @Inject
    BulkDecisions bulk;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Created
    @Allow(Role.STUDENT)
    @Operation(description = "A student asks to join an active course: 201 the enrollment (pending); the teacher and the teacher's "
            + "assistants are notified. One enrollment per student and course: while it is pending or approved a new request is 400 "
            + "{\"error\": \"You already have an enrollment for this course\"}; after a rejection the request reopens it as pending.")
    public CourseEnrollmentView request(RequestForm form) {
        return enrollments.request(currentUser.require().studentId(), form);
    }

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The student's own enrollments, newest first.")
    public DrfPage<CourseEnrollmentView> mine() {
        return pages.body(enrollments.mine(currentUser.require().studentId(), PageRequest.from(uri)));
    }

    @GET
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "All enrollments of the courses of the caller's teacher, newest first unless ordered otherwise.")
    @Parameter(name = "status", in = ParameterIn.QUERY, description = "Only enrollments in this status.",
            schema = @Schema(type = SchemaType.STRING, enumeration = {"pending", "approved", "rejected"}))
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only this course (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = "Part of the student's name, student_code or username, or of the course name.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = "Comma-separated, '-' for descending: enrolled_at, responded_at, "
            + "student_name, course_name, status; unknown names are ignored. Default -enrolled_at.", schema = @Schema(type = SchemaType.STRING))
    public DrfPage<CourseEnrollmentView> list() {
        QueryParams q = new QueryParams(uri);
        String status = q.choice("status", STATUSES);
        Long course = q.integer("course");
        q.validate();
        var filters = new CourseEnrollmentService.Filters(status == null ? null : EnrollmentStatus.valueOf(status), course,
                q.text("search"), q.text("ordering"));
        return pages.body(enrollments.ofTeacher(currentUser.require().teacherId(), filters, PageRequest.from(uri)));
    }

    @GET
    @Path("/pending")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Pending requests of the caller's teacher's courses, oldest first (the order to answer them in).")
    public DrfPage<CourseEnrollmentView> pending() {
        var filters = new CourseEnrollmentService.Filters(EnrollmentStatus.pending, null, null, "enrolled_at");
        return pages.body(enrollments.ofTeacher(currentUser.require().teacherId(), filters, PageRequest.from(uri)));
    }

    @POST
    @Path("/{id: \\d+}/approve")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The course's teacher or one of that teacher's assistants approves a pending request; the student is "
            + "notified. Another teacher's request is 403, a decided one 400 \"Cannot approve enrollment with status: ...\" (also for "
            + "the loser of two concurrent decisions).")
    public CourseEnrollmentView approve(@PathParam("id") long id, DecisionForm form) {
        return enrollments.decide(currentUser.require(), id, EnrollmentDecision.APPROVE, form);
    }

    @POST
    @Path("/{id: \\d+}/reject")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "As approve, rejecting: the student is notified and may ask again later.")
    public CourseEnrollmentView reject(@PathParam("id") long id, DecisionForm form) {
        return enrollments.decide(currentUser.require(), id, EnrollmentDecision.REJECT, form);
    }

    @POST
    @Path("/bulk-action")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Each id is decided on its own: ids that are unknown, of another teacher's course or no longer pending are "
            + "reported in errors with the single route's message, the rest are processed. A repeated id counts once.")
    public BulkDecisions.Result bulk(BulkActionForm form) {
        return bulk.apply(currentUser.require(), form);
    }
}
