package com.edutrack.tutoring.identity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The tutoring guide's session routes: {@code /currentuser}, {@code /permissions}, {@code /permissions/{name}}. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    @Inject
    CurrentUser currentUser;

    @GET
    @Path("currentuser")
    @Public
    @Operation(description = "The session of the caller, or 401 {\"status\":\"ERR\",\"message\":\"No login found\"}.")
    public Response currentUser() {
        if (!currentUser.isSignedIn()) {
            return noLogin();
        }
        Principal p = currentUser.require();
        Map<String, Object> session = new LinkedHashMap<>();
        session.put("sessionId", p.sessionId());
        session.put("userId", p.uuid().toString());
        session.put("email", p.email());
        session.put("fullname", p.name());
        session.put("username", p.username());
        session.put("roleId", Permissions.tutoringRole(p.role()));
        session.put("accessToken", currentUser.accessToken());
        return Response.ok(session).build();
    }

    @GET
    @Path("permissions")
    @Public
    @Operation(description = "The caller's effective permissions, derived from the role.")
    public Response permissions() {
        if (!currentUser.isSignedIn()) {
            return noLogin();
        }
        Principal p = currentUser.require();
        List<Map<String, Object>> grants = new ArrayList<>();
        for (String name : Permissions.of(p.role())) {
            Map<String, Object> grant = new LinkedHashMap<>();
            grant.put("id", Permissions.tutoringRole(p.role()) + ":" + name);
            grant.put("permissionName", name);
            grant.put("roleId", Permissions.tutoringRole(p.role()));
            grant.put("subjectUserId", p.uuid().toString());
            grant.put("subjectUserGroupId", null);
            grant.put("objectId", null);
            grant.put("canDo", true);
            grant.put("tenantCodename", null);
            grants.add(grant);
        }
        return Response.ok(grants).build();
    }

    @GET
    @Path("permissions/{name}")
    @Public
    @Operation(description = "Whether the caller holds the permission; exceptions is always empty (no object-scoped grants).")
    public Response permission(@PathParam("name") String name) {
        if (!currentUser.isSignedIn()) {
            return noLogin();
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("canDo", Permissions.of(currentUser.role()).contains(name));
        answer.put("exceptions", List.of());
        return Response.ok(answer).build();
    }

    private static Response noLogin() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ERR");
        body.put("message", "No login found");
        return Response.status(401).entity(body).build();
    }
}
