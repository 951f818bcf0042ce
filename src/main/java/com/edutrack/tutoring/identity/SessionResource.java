package com.edutrack.tutoring.identity;

import java.util.List;

import com.edutrack.platform.security.CurrentUser;
import com.edutrack.platform.security.Principal;
import com.edutrack.platform.security.Public;
import com.edutrack.tutoring.identity.SessionViews.NoLogin;
import com.edutrack.tutoring.identity.SessionViews.PermissionCheck;
import com.edutrack.tutoring.identity.SessionViews.PermissionGrant;
import com.edutrack.tutoring.identity.SessionViews.Session;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * The tutoring guide's session routes: {@code /currentuser}, {@code /permissions},
 * {@code /permissions/{name}}. They answer a caller without a valid login (no token, a bad or
 * expired one, a deactivated account) with their own short 401 body, not the tutoring error body.
 */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class SessionResource {
    private static final String NO_LOGIN = "No valid login: exactly {\"status\": \"ERR\", \"message\": \"No login found\"}";

    @Inject
    CurrentUser currentUser;

    @GET
    @Path("currentuser")
    @Public
    @Operation(description = "The session of the caller. The token may also come as the access_token query parameter.")
    @APIResponse(responseCode = "200", description = "The caller's session",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Session.class)))
    @APIResponse(responseCode = "401", description = NO_LOGIN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoLogin.class)))
    public Session currentUser() {
        return Session.of(signedIn(), currentUser.accessToken());
    }

    @GET
    @Path("permissions")
    @Public
    @Operation(description = "The caller's effective permissions, derived from the role (assistants hold none).")
    @APIResponse(responseCode = "200", description = "One grant per permission",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY,
                            implementation = PermissionGrant.class)))
    @APIResponse(responseCode = "401", description = NO_LOGIN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoLogin.class)))
    public List<PermissionGrant> permissions() {
        Principal p = signedIn();
        return Permissions.of(p.role()).stream().map(name -> PermissionGrant.of(p, name)).toList();
    }

    @GET
    @Path("permissions/{name}")
    @Public
    @Operation(description = "Whether the caller holds the permission; exceptions is always empty (no object-scoped grants). "
            + "An unknown name is simply not held.")
    @APIResponse(responseCode = "200", description = "The answer",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PermissionCheck.class)))
    @APIResponse(responseCode = "401", description = NO_LOGIN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoLogin.class)))
    public PermissionCheck permission(@PathParam("name") String name) {
        return new PermissionCheck(Permissions.of(signedIn().role()).contains(name), List.of());
    }

    /**
     * The caller, or the 401 with the short body. Thrown as a response that carries its entity, so
     * JAX-RS sends it as it is instead of passing it through the tutoring error mapper.
     */
    private Principal signedIn() {
        if (!currentUser.isSignedIn()) {
            throw new WebApplicationException(Response.status(Response.Status.UNAUTHORIZED).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(NoLogin.BODY).build());
        }
        return currentUser.require();
    }
}
