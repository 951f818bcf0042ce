package com.edutrack.accounts;

import java.util.Map;

import com.edutrack.platform.pagination.DrfPage;
import com.edutrack.platform.pagination.DrfPages;
import com.edutrack.platform.pagination.PageRequest;
import com.edutrack.platform.pagination.QueryParams;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Site owner: every assistant of every teacher, read-only (teachers manage their own). */
@Path("/api/accounts/assistants")
@Produces(MediaType.APPLICATION_JSON)
public class AssistantAdminResource {
    @Inject
    AssistantService assistants;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Allow(Role.SITEOWNER)
    @Operation(description = "Every assistant of every teacher, read-only. Filters: teacher, is_active, search (name, username, gmail, phone), "
            + "ordering (name, created_at; default -created_at), page, page_size, all.")
    public DrfPage<?> list() {
        QueryParams q = new QueryParams(uri);
        Long teacher = q.integer("teacher");
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(assistants.list(new AssistantService.Filters(teacher, null, active, q.text("search"), q.text("ordering")),
                PageRequest.from(uri)));
    }
}
