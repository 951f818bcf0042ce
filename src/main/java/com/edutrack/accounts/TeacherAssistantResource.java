package com.edutrack.accounts;

import java.util.Map;

import com.edutrack.platform.errors.ApiException;
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

/** Teacher API section 1: a teacher manages their own assistants. */
@Path("/api/accounts/teacher")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({MediaType.APPLICATION_JSON, MediaType.MULTIPART_FORM_DATA})
@Allow(Role.TEACHER)
public class TeacherAssistantResource {
    private static final String NOT_YOURS = " Another teacher's assistant answers 404 {\"detail\": \"Not found.\"}, as if it did not exist.";

    @Inject
    AssistantService assistants;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Path("/assistants")
    @Operation(description = "The caller's assistants, paginated. Filters: is_active, search (name, username, gmail, phone), "
            + "ordering (name, created_at; default -created_at), page, page_size, all.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(assistants.list(new AssistantService.Filters(teacherId(), null, active, q.text("search"), q.text("ordering")),
                PageRequest.from(uri)));
    }

    @POST
    @Path("/assistants")
    @Operation(description = "Creates an assistant of the caller (JSON or multipart). Required: username, password (at least 8 characters, "
            + "not all digits, not the username), name, phone (11-digit Egyptian mobile), gmail (unique across all accounts). "
            + "Optional: gender (male|female), profile_picture (JPEG, PNG or WebP by content, at most 5 MB). 201 with the assistant.")
    public Response create(FormBody body) {
        return Response.status(201).entity(assistants.create(teacherId(), body)).build();
    }

    @GET
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "One of the caller's assistants." + NOT_YOURS)
    public AssistantView get(@PathParam("id") long id) {
        return assistants.get(teacherId(), id);
    }

    @PUT
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "Replaces the assistant: username, name, phone and gmail are required; password (optional) sets a new one "
            + "and signs the assistant out of refresh sessions; is_active=false blocks the assistant at once; an empty "
            + "profile_picture clears the picture." + NOT_YOURS)
    public AssistantView replace(@PathParam("id") long id, FormBody body) {
        return assistants.update(teacherId(), id, body, false);
    }

    @PATCH
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "Changes the fields sent (same rules as PUT): e.g. {\"is_active\": false} blocks the assistant's login and "
            + "existing tokens at once, {\"password\": ...} resets the password." + NOT_YOURS)
    public AssistantView patch(@PathParam("id") long id, FormBody body) {
        return assistants.update(teacherId(), id, body, true);
    }

    @DELETE
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "204. Deletes the assistant with their login and sessions, so their tokens stop working at once. "
            + "Refused (400) while other records still refer to the login: deactivate instead." + NOT_YOURS)
    public Response delete(@PathParam("id") long id) {
        assistants.delete(teacherId(), id);
        return Response.noContent().build();
    }

    private long teacherId() {
        Long teacherId = currentUser.require().teacherId();
        if (teacherId == null) {
            throw ApiException.detail(404, "Teacher profile not found.");
        }
        return teacherId;
    }
}
