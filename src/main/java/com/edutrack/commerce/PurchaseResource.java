package com.edutrack.commerce;

import com.edutrack.commerce.CommerceForms.ReopenForm;
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
import jakarta.ws.rs.PATCH;
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

/** The purchase lists and reopening access (seed section 7). */
@Path("/api/courses/purchases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class PurchaseResource {
    @Inject
    PurchaseService purchases;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Path("/my")
    @Allow(Role.STUDENT)
    @Operation(description = "The student's purchases, newest first.")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only lectures of this course (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "lecture", in = ParameterIn.QUERY, description = "Only this lecture (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_expired", in = ParameterIn.QUERY, description = "true: access ended (effective_expiry passed); false: still open.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public DrfPage<PurchaseView> mine() {
        var filters = filters(new QueryParams(uri));
        return pages.body(purchases.mine(currentUser.require().studentId(), filters, PageRequest.from(uri)));
    }

    @GET
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Purchases of lectures in the caller's teacher's courses, newest first unless ordered otherwise.")
    @Parameter(name = "course", in = ParameterIn.QUERY, description = "Only lectures of this course (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "lecture", in = ParameterIn.QUERY, description = "Only this lecture (id).", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "student", in = ParameterIn.QUERY, description = "Only this student: id (digits) or student_code.",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "is_expired", in = ParameterIn.QUERY, description = "true: access ended (effective_expiry passed); false: still open.",
            schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = "Comma-separated, '-' for descending: purchased_at, expires_at "
            + "(the effective expiry), amount_paid, lecture_name, student_name; unknown names are ignored. Default -purchased_at.",
            schema = @Schema(type = SchemaType.STRING))
    public DrfPage<PurchaseView> list() {
        var filters = filters(new QueryParams(uri));
        return pages.body(purchases.ofTeacher(currentUser.require().teacherId(), filters, PageRequest.from(uri)));
    }

    @PATCH
    @Path("/{id: \\d+}/reopen")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Adds extra_days to the purchase's access: effective_expiry = expires_at + the sum of all reopens' days. "
            + "Each reopen is appended to reopen_logs and notifies the student. Lookup first (404), then ownership (403 {\"error\"}), "
            + "then the body (400).")
    public PurchaseView reopen(@PathParam("id") long id, ReopenForm form) {
        return purchases.reopen(currentUser.require(), id, form);
    }

    private static PurchaseService.Filters filters(QueryParams q) {
        Long course = q.integer("course");
        Long lecture = q.integer("lecture");
        Boolean expired = q.bool("is_expired");
        q.validate();
        return new PurchaseService.Filters(course, lecture, q.text("student"), expired, q.text("ordering"));
    }
}
