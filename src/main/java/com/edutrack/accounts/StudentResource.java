package com.edutrack.accounts;

import java.util.Map;

import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Student registration, the student's own profile, and student administration. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
public class StudentResource {
    @Inject
    StudentService students;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @POST
    @Path("/register")
    @Public
    @Operation(description = "Public student sign-up (JSON or multipart). username and gmail unique; phone numbers are Egyptian mobiles "
            + "(01[0125] + 8 digits); national_id 14 digits; area must belong to governorate; a unique student_code (STU-########) is generated.")
    public Response register(FormBody body) {
        return Response.status(201).entity(students.register(body)).build();
    }

    @GET
    @Path("/profile/me")
    @Allow(Role.STUDENT)
    public StudentView profile() {
        return students.profile(currentUser.require().studentId());
    }

    @PATCH
    @Path("/profile/me")
    @Allow(Role.STUDENT)
    @Operation(description = "The student edits names, gmail, phones, personal and school data; username, student_code, status, "
            + "is_active and can_access_course are read-only here.")
    public StudentView updateProfile(FormBody body) {
        return students.updateProfile(currentUser.require().studentId(), body);
    }

    @GET
    @Path("/students")
    @Allow({Role.SITEOWNER, Role.TEACHER, Role.ASSISTANT})
    @Operation(description = "Site owner: all students; staff: students enrolled in their courses. Filters grade, is_active, "
            + "search (name, username, student_code, phone), ordering (name, created_at, student_code).")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Long grade = q.integer("grade");
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(students.list(currentUser.require(), grade, active, q.text("search"), q.text("ordering"), PageRequest.from(uri)));
    }

    @GET
    @Path("/students/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    public StudentView get(@PathParam("id") long id) {
        return students.get(id);
    }

    @PATCH
    @Path("/students/{id: \\d+}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Site owner switches: is_active, status (active|suspended|graduated), can_access_course.")
    public StudentView administer(@PathParam("id") long id, FormBody body) {
        return students.administer(id, body);
    }
}
