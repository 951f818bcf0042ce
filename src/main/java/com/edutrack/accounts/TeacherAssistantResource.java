package com.edutrack.accounts;

import com.edutrack.accounts.StaffForms.AssistantForm;
import com.edutrack.platform.errors.ApiException;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

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
    @Operation(description = "The caller's assistants. Default order -created_at.")
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "The login is active", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = AssistantDirectoryResource.SEARCH,
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = AssistantDirectoryResource.ORDERING,
            schema = @Schema(type = SchemaType.STRING))
    public DrfPage<AssistantView> list() {
        return pages.body(assistants.list(AssistantDirectoryResource.filters(new QueryParams(uri), teacherId(), null), PageRequest.from(uri)));
    }

    @POST
    @Path("/assistants")
    @Created
    @Operation(description = "Creates an assistant of the caller (JSON or multipart). Required: username, password, name, phone, gmail; "
            + "optional: gender, profile_picture. is_active is not read: a new assistant is active.")
    public AssistantView create(AssistantForm form) {
        return assistants.create(teacherId(), form);
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
    public AssistantView replace(@PathParam("id") long id, AssistantForm form) {
        return assistants.update(teacherId(), id, form);
    }

    @PATCH
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "Changes the fields sent (same rules as PUT): e.g. {\"is_active\": false} blocks the assistant's login and "
            + "existing tokens at once, {\"password\": ...} resets the password." + NOT_YOURS)
    public AssistantView patch(@PathParam("id") long id, AssistantForm form) {
        return assistants.update(teacherId(), id, form);
    }

    @DELETE
    @Path("/assistant/{id: \\d+}")
    @Operation(description = "Deletes the assistant with their login and sessions, so their tokens stop working at once. "
            + "Refused (400) while other records still refer to the login: deactivate instead." + NOT_YOURS)
    public void delete(@PathParam("id") long id) {
        assistants.delete(teacherId(), id);
    }

    private long teacherId() {
        Long teacherId = currentUser.require().teacherId();
        if (teacherId == null) {
            throw ApiException.detail(404, "Teacher profile not found.");
        }
        return teacherId;
    }
}
