package com.edutrack.accounts;

import com.edutrack.accounts.StaffForms.TeacherForm;
import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
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

/** Site owner: teachers (platform.md section 2). */
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
    @Operation(description = "Every teacher. Default order -created_at.")
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "The login is active", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "subject", in = ParameterIn.QUERY, description = "A subject id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "grades", in = ParameterIn.QUERY, description = "A grade id the teacher teaches", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = "Contains (any case): name, username, gmail, phone",
            schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = "name, username or created_at; - for descending; comma-separated",
            schema = @Schema(type = SchemaType.STRING))
    public DrfPage<TeacherView> list() {
        QueryParams q = new QueryParams(uri);
        Boolean active = q.bool("is_active");
        Long subject = q.integer("subject");
        Long grade = q.integer("grades");
        q.validate();
        return pages.body(teachers.list(new TeacherService.Filters(active, subject, grade, q.text("search"), q.text("ordering")),
                PageRequest.from(uri)));
    }

    @POST
    @Created
    @Operation(description = "Required: username, password, name, gmail. is_active is not read: a new teacher is active.")
    public TeacherView create(TeacherForm form) {
        return teachers.create(form);
    }

    @GET
    @Path("/{id: \\d+}")
    public TeacherView get(@PathParam("id") long id) {
        return teachers.get(id);
    }

    @PUT
    @Path("/{id: \\d+}")
    @Operation(description = "username, name and gmail are required; password (optional) sets a new one and ends the teacher's "
            + "refresh sessions; optional fields left out keep their values.")
    public TeacherView replace(@PathParam("id") long id, TeacherForm form) {
        return teachers.update(id, form);
    }

    @PATCH
    @Path("/{id: \\d+}")
    @Operation(description = "Changes what is sent. is_active=false blocks the teacher and the teacher's assistants at once (login "
            + "and existing tokens).")
    public TeacherView patch(@PathParam("id") long id, TeacherForm form) {
        return teachers.update(id, form);
    }

    @DELETE
    @Path("/{id: \\d+}")
    @Operation(description = "Refused (400) while the teacher has courses or assistants: deactivate instead.")
    public void delete(@PathParam("id") long id) {
        teachers.delete(id);
    }
}
