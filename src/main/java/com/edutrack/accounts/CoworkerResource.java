package com.edutrack.accounts;

import java.util.Map;

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

/** An assistant's coworkers (platform contract section 0: assistants "may list coworkers"). */
@Path("/api/accounts/assistant/coworkers")
@Produces(MediaType.APPLICATION_JSON)
public class CoworkerResource {
    @Inject
    AssistantService assistants;
    @Inject
    CurrentUser currentUser;
    @Inject
    DrfPages pages;
    @Context
    UriInfo uri;

    @GET
    @Allow(Role.ASSISTANT)
    @Operation(description = "The other assistants of the caller's teacher (the caller excluded), paginated, in the teacher's assistant shape. "
            + "The seed has no assistant-side path, so this one mirrors the teacher's /accounts/teacher/assistants/ from the "
            + "assistant's side. Filters as there: is_active, search (name, username, gmail, phone), ordering (name, created_at; "
            + "default -created_at), page, page_size, all.")
    public DrfPage<?> list() {
        Principal p = currentUser.require();
        QueryParams q = new QueryParams(uri);
        Boolean active = q.bool("is_active");
        q.validate();
        return pages.body(assistants.list(new AssistantService.Filters(p.teacherId(), p.assistantId(), active, q.text("search"), q.text("ordering")),
                PageRequest.from(uri)));
    }
}
