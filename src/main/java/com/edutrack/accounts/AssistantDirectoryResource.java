package com.edutrack.accounts;

import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The read-only assistant lists outside a teacher's own management: every assistant for the site
 * owner, and an assistant's coworkers (platform.md section 0: assistants "may list coworkers").
 * Both take the filters of the teacher's list ({@link TeacherAssistantResource}).
 */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AssistantDirectoryResource {
    static final String SEARCH = "Contains (any case): name, username, gmail, phone";
    static final String ORDERING = "name or created_at; - for descending; comma-separated";

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
    @Allow(Role.SITEOWNER)
    @Operation(description = "Every assistant of every teacher, read-only. Default order -created_at.")
    @Parameter(name = "teacher", in = ParameterIn.QUERY, description = "A teacher id", schema = @Schema(type = SchemaType.INTEGER))
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "The login is active", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = SEARCH, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = ORDERING, schema = @Schema(type = SchemaType.STRING))
    public DrfPage<AssistantView> list() {
        QueryParams q = new QueryParams(uri);
        Long teacher = q.integer("teacher");
        return pages.body(assistants.list(filters(q, teacher, null), PageRequest.from(uri)));
    }

    @GET
    @Path("/assistant/coworkers")
    @Allow(Role.ASSISTANT)
    @Operation(description = "The other assistants of the caller's teacher (the caller excluded), in the teacher's assistant shape. "
            + "The seed has no assistant-side path, so this one mirrors the teacher's /accounts/teacher/assistants/ from the "
            + "assistant's side, with its filters. Default order -created_at.")
    @Parameter(name = "is_active", in = ParameterIn.QUERY, description = "The login is active", schema = @Schema(type = SchemaType.BOOLEAN))
    @Parameter(name = "search", in = ParameterIn.QUERY, description = SEARCH, schema = @Schema(type = SchemaType.STRING))
    @Parameter(name = "ordering", in = ParameterIn.QUERY, description = ORDERING, schema = @Schema(type = SchemaType.STRING))
    public DrfPage<AssistantView> coworkers() {
        Principal p = currentUser.require();
        return pages.body(assistants.list(filters(new QueryParams(uri), p.teacherId(), p.assistantId()), PageRequest.from(uri)));
    }

    /** The list filters of every assistant list: {@code teacher} and {@code except} are the caller's scope, the rest the query's. */
    static AssistantService.Filters filters(QueryParams q, Long teacher, Long except) {
        Boolean active = q.bool("is_active");
        q.validate();
        return new AssistantService.Filters(teacher, except, active, q.text("search"), q.text("ordering"));
    }
}
