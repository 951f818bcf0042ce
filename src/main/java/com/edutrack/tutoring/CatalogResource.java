package com.edutrack.tutoring;

import java.util.UUID;

import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.Requests.CoursePackBody;
import com.edutrack.tutoring.Requests.TutorProfileBody;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Tutor profiles and course packs: parse, authorize by role, delegate. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CatalogResource {
    @Inject
    TutorProfileService profiles;
    @Inject
    CoursePackService packs;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @POST
    @Path("/tutorprofiles")
    @Allow(Role.TEACHER)
    @Operation(description = "A teacher creates their own tutor profile (one each, 409 otherwise). It starts active; status is admin-only.")
    public Response createProfile(TutorProfileBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "tutorProfile", Views.tutorProfile(profiles.create(orEmpty(body)))));
    }

    @GET
    @Path("/tutorprofiles")
    @Public
    @Operation(description = "Public directory: active profiles only. An admin sees all and may filter by status.")
    public Response listProfiles(@QueryParam("status") String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "tutorProfiles", profiles.list(status, page.toPageRequest()).map(Views::tutorProfile)));
    }

    @GET
    @Path("/tutorprofiles/{id}")
    @Public
    public Response getProfile(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", "tutorProfile", Views.tutorProfile(profiles.find(id))));
    }

    @PATCH
    @Path("/tutorprofiles/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The profile's tutor edits bio, certifications, experienceYears, subjects, profilePhoto. "
            + "Only an admin changes status (active|suspended|banned); banning does not cancel enrollments by itself: call /v1/cascadetutorban.")
    public Response updateProfile(@PathParam("id") UUID id, TutorProfileBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "tutorProfile", Views.tutorProfile(profiles.update(id, orEmpty(body)))));
    }

    @POST
    @Path("/coursepacks")
    @Allow(Role.TEACHER)
    @Operation(description = "A tutor creates a pack under their own profile. price has at most two decimals; currency is ISO 4217.")
    public Response createPack(CoursePackBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "coursePack", Views.coursePack(packs.create(orEmpty(body)))));
    }

    @GET
    @Path("/coursepacks")
    @Public
    @Operation(description = "Public catalog of active packs, filters tutorProfileId and category. An admin also sees inactive packs.")
    public Response listPacks(@QueryParam("tutorProfileId") UUID tutorProfileId, @QueryParam("category") String category) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "coursePacks", packs.list(tutorProfileId, category, page.toPageRequest()).map(Views::coursePack)));
    }

    @GET
    @Path("/coursepacks/{id}")
    @Public
    public Response getPack(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", "coursePack", Views.coursePack(packs.find(id))));
    }

    @PATCH
    @Path("/coursepacks/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The pack's tutor (or an admin) edits it. Existing enrollments keep the price they were booked at.")
    public Response updatePack(@PathParam("id") UUID id, CoursePackBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "coursePack", Views.coursePack(packs.update(id, orEmpty(body)))));
    }

    @DELETE
    @Path("/coursepacks/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Soft delete: the pack is deactivated (enrollments keep referring to it). Refused with 409 while it has "
            + "pending or active enrollments; an admin uses /v1/cascadecourseremoval for that.")
    public Response deletePack(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "DELETE", "delete", "coursePack", Views.coursePack(packs.delete(id))));
    }

    private static TutorProfileBody orEmpty(TutorProfileBody b) {
        return b == null ? new TutorProfileBody(null, null, null, null, null, null) : b;
    }

    private static CoursePackBody orEmpty(CoursePackBody b) {
        return b == null ? new CoursePackBody(null, null, null, null, null, null, null, null, null) : b;
    }

}
