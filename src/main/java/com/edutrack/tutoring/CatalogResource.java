package com.edutrack.tutoring;

import java.util.List;
import java.util.UUID;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.tutoring.TutorCatalogForms.CoursePackForm;
import com.edutrack.tutoring.TutorCatalogForms.TutorProfileForm;
import com.edutrack.tutoring.TutorCatalogViews.CoursePackView;
import com.edutrack.tutoring.TutorCatalogViews.TutorProfileView;
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
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Tutor profiles and course packs: read the form, pick the route's envelope, delegate. */
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
    @Created
    @Enveloped("tutorProfile")
    @Operation(description = "A teacher creates their own tutor profile (one each, 409 otherwise). It starts active; status is admin-only.")
    public Envelope<TutorProfileView> createProfile(TutorProfileForm form) {
        return tx.run(() -> envelopes.one(TutorProfileView.of(profiles.create(form))));
    }

    @GET
    @Path("/tutorprofiles")
    @Public
    @Enveloped("tutorProfiles")
    @Operation(description = "Public directory: active profiles only, oldest first. An admin sees all and may filter by status.")
    public Envelope<List<TutorProfileView>> listProfiles(@QueryParam("status") @Parameter(description = "Admins only; others always see active",
            schema = @Schema(enumeration = {"active", "suspended", "banned"})) String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(profiles.list(status, page.toPageRequest()).map(TutorProfileView::of)));
    }

    @GET
    @Path("/tutorprofiles/{id}")
    @Public
    @Enveloped("tutorProfile")
    public Envelope<TutorProfileView> getProfile(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(TutorProfileView.of(profiles.find(id))));
    }

    @PATCH
    @Path("/tutorprofiles/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("tutorProfile")
    @Operation(description = "The profile's tutor edits bio, certifications, experienceYears, subjects, profilePhoto. "
            + "Only an admin changes status (active|suspended|banned); banning does not cancel enrollments by itself: call /v1/cascadetutorban.")
    public Envelope<TutorProfileView> updateProfile(@PathParam("id") UUID id, TutorProfileForm form) {
        return tx.run(() -> envelopes.one(TutorProfileView.of(profiles.update(id, form))));
    }

    @POST
    @Path("/coursepacks")
    @Allow(Role.TEACHER)
    @Created
    @Enveloped("coursePack")
    @Operation(description = "A tutor creates a pack under their own profile (403 errMsg_TutorProfileRequired without one). price has at "
            + "most two decimals; currency is ISO 4217.")
    public Envelope<CoursePackView> createPack(CoursePackForm form) {
        return tx.run(() -> envelopes.one(CoursePackView.of(packs.create(form))));
    }

    @GET
    @Path("/coursepacks")
    @Public
    @Enveloped("coursePacks")
    @Operation(description = "Public catalog of active packs, oldest first. An admin also sees inactive packs.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "tutorProfileId is not a UUID")
    public Envelope<List<CoursePackView>> listPacks(@QueryParam("tutorProfileId") @Parameter(description = "Packs of this tutor profile")
                                                    UUID tutorProfileId,
                                                    @QueryParam("category") @Parameter(description = "Exact category") String category) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(packs.list(tutorProfileId, category, page.toPageRequest()).map(CoursePackView::of)));
    }

    @GET
    @Path("/coursepacks/{id}")
    @Public
    @Enveloped("coursePack")
    public Envelope<CoursePackView> getPack(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(CoursePackView.of(packs.find(id))));
    }

    @PATCH
    @Path("/coursepacks/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("coursePack")
    @Operation(description = "The pack's tutor (or an admin) edits it. Existing enrollments keep the price they were booked at.")
    public Envelope<CoursePackView> updatePack(@PathParam("id") UUID id, CoursePackForm form) {
        return tx.run(() -> envelopes.one(CoursePackView.of(packs.update(id, form))));
    }

    @DELETE
    @Path("/coursepacks/{id}")
    @Allow({Role.TEACHER, Role.SITEOWNER})
    @Enveloped("coursePack")
    @Operation(description = "Soft delete: the pack is deactivated and returned (enrollments keep referring to it). Refused with 409 while "
            + "it has pending or active enrollments; an admin uses /v1/cascadecourseremoval for that.")
    public Envelope<CoursePackView> deletePack(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(CoursePackView.of(packs.delete(id))));
    }
}
