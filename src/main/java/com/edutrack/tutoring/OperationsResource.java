package com.edutrack.tutoring;

import java.util.UUID;

import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

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
    @Operation(description = "The enrollment audit trail (who, when, from, to, why), oldest first; filter enrollmentId. "
            + "actorId is null for changes made by the cleanup timer.")
    public Response audits(@QueryParam("enrollmentId") UUID enrollmentId) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "enrollmentAudits", audits.list(enrollmentId, page.toPageRequest()).map(Views::audit)));
    }

    @POST
    @Path("/runpendingcleanuptimer")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Runs the persistent timer's stale-pending cleanup now, through the timer bean itself (same timeout "
            + "TUTORING_PENDING_TIMEOUT_MINUTES, no actor in the audit). For operations and for proving the timer in-container.")
    public Response runTimer() {
        return tx.respond(() -> envelopes.rows("POST", "enrollments", timer.cleanupStalePending().stream().map(Views::enrollment).toList()));
    }

}
