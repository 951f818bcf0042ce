package com.edutrack.tutoring;

import java.util.List;
import java.util.UUID;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.TutoringEnrollmentViews.AuditView;
import com.edutrack.tutoring.TutoringEnrollmentViews.EnrollmentView;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Admin-only operational routes of the tutoring service that the guide does not list. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {
    @Inject
    EnrollmentAuditService audits;
    @EJB
    PendingEnrollmentTimer timer;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @GET
    @Path("/enrollmentaudits")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollmentAudits")
    @Operation(description = "The enrollment audit trail (who, when, from, to, why), oldest first. "
            + "actorId is null for changes made by the cleanup timer.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "enrollmentId is not a UUID")
    public Envelope<List<AuditView>> audits(@QueryParam("enrollmentId") @Parameter(description = "The trail of this enrollment")
                                            UUID enrollmentId) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(audits.list(enrollmentId, page.toPageRequest()).map(AuditView::of)));
    }

    @POST
    @Path("/runpendingcleanuptimer")
    @Allow(Role.SITEOWNER)
    @Enveloped("enrollments")
    @Operation(description = "Runs the persistent timer's stale-pending cleanup now, through the timer bean itself (same timeout "
            + "TUTORING_PENDING_TIMEOUT_MINUTES, no actor in the audit); returns the enrollments it canceled. For operations and "
            + "for proving the timer in-container.")
    public Envelope<List<EnrollmentView>> runTimer() {
        return tx.run(() -> envelopes.rows(TutoringEnrollmentResource.views(timer.cleanupStalePending())));
    }
}
