package com.edutrack.commerce;

import java.util.Map;

import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.input.NumberFields;
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

/** Seed section 7 and platform.md section 4: the purchases lists and reopening access. */
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
    @Operation(description = "The student's purchases, newest first, paginated. Filters: course, lecture, is_expired.")
    public DrfPage<?> mine() {
        QueryParams q = new QueryParams(uri);
        var filters = filters(q);
        return pages.body(purchases.mine(currentUser.require().studentId(), filters, PageRequest.from(uri)));
    }

    @GET
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Purchases of lectures in the caller's teacher's courses, paginated. Filters: course, lecture, student (PK "
            + "or student_code), is_expired; ordering: purchased_at, expires_at, amount_paid, lecture_name, student_name (default "
            + "-purchased_at).")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        var filters = filters(q);
        return pages.body(purchases.ofTeacher(currentUser.require().teacherId(), filters, PageRequest.from(uri)));
    }

    @PATCH
    @Path("/{id: \\d+}/reopen")
    @Allow({Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Adds extra_days (1-365) to the purchase's access: effective_expiry = expires_at + the sum of all reopens' "
            + "extra days. Each reopen is appended to reopen_logs (with the optional note) and notifies the student. Lookup first (404), "
            + "then ownership (403), then the body (400).")
    public PurchaseView reopen(@PathParam("id") long id, FormBody body) {
        Integer days = NumberFields.minMax(body.errors(), "extra_days", body.requiredInteger("extra_days"), 1, 365);
        String note = body.string("note");
        body.errors().maxLength("note", note, 500);
        return purchases.reopen(currentUser.require(), id, body, days, note);
    }

    private static PurchaseService.Filters filters(QueryParams q) {
        Long course = q.integer("course");
        Long lecture = q.integer("lecture");
        Boolean expired = q.bool("is_expired");
        q.validate();
        return new PurchaseService.Filters(course, lecture, q.text("student"), expired, q.text("ordering"));
    }
}
