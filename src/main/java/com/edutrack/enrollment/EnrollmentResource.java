package com.edutrack.enrollment;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.errors.FieldErrors;
import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Seed section 6 and platform.md section 4: course enrollment requests. */
@Path("/api/courses/enrollments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class EnrollmentResource {
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
    @Allow(Role.STUDENT)
    @Operation(description = "A student asks to join an active course: 201 the enrollment (pending); the teacher and the teacher's "
            + "assistants are notified. One enrollment per student and course: while it is pending or approved a new request is 400 "
            + "{\"error\": \"You already have an enrollment for this course\"}; after a rejection the request reopens it as pending.")
    public Response request(FormBody body) {
        Long course = body.requiredInteger("course");
        body.errors().throwIfAny();
        return Response.status(201).entity(enrollments.request(currentUser.require().studentId(), course)).build();
    }

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The student's own enrollments, newest first, paginated.")
    public DrfPage<?> mine() {
        return pages.body(enrollments.mine(currentUser.require().studentId(), PageRequest.from(uri)));
    }

    @GET
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "All enrollments of the courses of the caller's teacher. Filters: status (pending|approved|rejected), "
            + "course, search (student name, student_code, username, course name), ordering (enrolled_at, responded_at, student_name, "
            + "course_name, status; default -enrolled_at). Paginated.")
    public DrfPage<?> list() {
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
    @Operation(description = "Pending requests of the caller's teacher's courses, oldest first (the order to answer them in). Paginated.")
    public DrfPage<?> pending() {
        var filters = new CourseEnrollmentService.Filters(EnrollmentStatus.pending, null, null, "enrolled_at");
        return pages.body(enrollments.ofTeacher(currentUser.require().teacherId(), filters, PageRequest.from(uri)));
    }

    @POST
    @Path("/{id: \\d+}/approve")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "The course's teacher or one of that teacher's assistants approves a pending request; the student is "
            + "notified. Concurrent decisions on one request: one wins, the other gets \"Cannot approve enrollment with status: approved\".")
    public EnrollmentView approve(@PathParam("id") long id, FormBody body) {
        return decide(id, EnrollmentDecision.APPROVE, body);
    }

    @POST
    @Path("/{id: \\d+}/reject")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    public EnrollmentView reject(@PathParam("id") long id, FormBody body) {
        return decide(id, EnrollmentDecision.REJECT, body);
    }

    @POST
    @Path("/bulk-action")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Each id is decided on its own: ids that are unknown, of another teacher's course or no longer pending are "
            + "reported in errors with the single-route message, the rest are processed. A repeated id counts once.")
    public Map<String, Object> bulk(FormBody body) {
        FieldErrors errors = body.errors();
        List<Long> ids = body.integers("enrollment_ids");
        String action = body.string("action");
        if (!body.has("enrollment_ids")) {
            errors.add("enrollment_ids", FieldErrors.REQUIRED);
        } else if (ids != null && ids.isEmpty()) {
            errors.add("enrollment_ids", "Ensure this field has at least 1 elements.");
        }
        if (action == null) {
            errors.require("action", action);
        } else if (!EnrollmentDecision.VERBS.contains(action)) {
            errors.add("action", "\"" + action + "\" is not a valid choice.");
        }
        errors.throwIfAny();
        return bulk.apply(currentUser.require(), ids, EnrollmentDecision.of(action));
    }

    private EnrollmentView decide(long id, EnrollmentDecision decision, FormBody body) {
        String note = body.string("response_note");
        body.errors().maxLength("response_note", note, 1000);
        body.errors().throwIfAny();
        return enrollments.decide(currentUser.require(), id, decision, note == null || note.isBlank() ? null : note);
    }
}
