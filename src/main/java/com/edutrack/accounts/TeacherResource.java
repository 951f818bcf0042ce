package com.edutrack.accounts;

import java.util.Map;

import com.edutrack.platform.input.FormBody;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Site owner: teachers. */
@Path("/api/accounts/teachers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
@Allow(Role.SITEOWNER)
public class TeacherResource {
    @Inject
    TeacherService teachers;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Operation(description = "Filters: is_active, subject, grades (a grade id), search (name, username, gmail, phone), ordering (name, username, created_at; default -created_at), all.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Boolean active = q.bool("is_active");
        Long subject = q.integer("subject");
        Long grade = q.integer("grades");
        q.validate();
        return pages.body(teachers.list(active, subject, grade, q.text("search"), q.text("ordering"), PageRequest.from(uri)));
    }

    @POST
    public Response create(FormBody body) {
        return Response.status(201).entity(teachers.create(body)).build();
    }

    @GET
    @Path("/{id: \\d+}")
    public TeacherView get(@PathParam("id") long id) {
        return teachers.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    public TeacherView replace(@PathParam("id") long id, FormBody body) {
        return teachers.update(id, body, false);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Operation(description = "is_active=false blocks the teacher and the teacher's assistants at once (login and existing tokens).")
    public TeacherView patch(@PathParam("id") long id, FormBody body) {
        return teachers.update(id, body, true);
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Operation(description = "Refused (400) while the teacher has courses or assistants: deactivate instead.")
    public Response delete(@PathParam("id") long id) {
        teachers.delete(id);
        return Response.noContent().build();
    }
}
