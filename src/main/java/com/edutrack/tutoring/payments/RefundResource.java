package com.edutrack.tutoring.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.payments.PaymentForms.AdminRefundForm;
import com.edutrack.tutoring.payments.PaymentForms.RefundDecisionForm;
import com.edutrack.tutoring.payments.PaymentForms.RefundRequestForm;
import com.edutrack.tutoring.payments.RefundViews.RefundRequestView;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Refund requests and the admin refund of the tutoring guide. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource {
    private static final String NOT_CONFIGURED = PaymentResource.NOT_CONFIGURED;
    private static final String NO_ENROLLMENT = "No such enrollment (errMsg_EnrollmentNotFound)";

    @Inject
    RefundService refunds;
    @Inject
    PaymentRecordService records;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @POST
    @Path("/refundrequests")
    @Allow(Role.STUDENT)
    @Created
    @Enveloped("refundRequest")
    @Operation(description = "The enrollment's student asks for a refund. Only a paid, active enrollment with exactly one completed "
            + "lesson slot is eligible (else 400 errMsg_RefundNotEligible, nothing stored); one request per enrollment (409). The unused "
            + "part, totalAmount * notCompletedLessons / lessons in minor units rounded down, is refunded through Stripe at once "
            + "(idempotency key from the request id): status autoApproved, enrollment refunded/processed/canceled, booked slots freed, "
            + "student, tutor and admins notified. If Stripe refuses or cannot be reached the request is stored pending with the reason "
            + "in adminNote (enrollment refundStatus eligible) for an admin.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_ENROLLMENT)
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<RefundRequestView> create(RefundRequestForm form) {
        return tx.run(() -> envelopes.one(RefundRequestView.of(refunds.request(form))));
    }

    @GET
    @Path("/refundrequests/{id}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("refundRequest")
    @Operation(description = "The enrollment's student, the pack's tutor or an admin; with enrollment, coursePack and requester joined "
            + "(getJoins=false leaves them out). Anyone else: 403.")
    @Parameter(name = "getJoins", in = ParameterIn.QUERY, description = "false leaves the joined objects out (default true)",
            schema = @Schema(type = SchemaType.BOOLEAN))
    public Envelope<RefundRequestView> get(@PathParam("id") UUID id) {
        boolean joins = TutoringPage.from(uri).getJoins();
        return tx.run(() -> {
            RefundRequest r = records.refundRequest(id);
            return envelopes.one(joins ? RefundRequestView.withJoins(r, records.requesters(List.of(r)).get(r.getRequestedBy()))
                    : RefundRequestView.of(r));
        });
    }

    @GET
    @Path("/refundrequests")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("refundRequests")
    @Operation(description = "Students see the refund requests of their enrollments, tutors those of their packs, admins all; newest "
            + "first; enrollment, coursePack and requester joined in bounded queries (getJoins=false leaves them out).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "enrollmentId is not a UUID")
    public Envelope<List<RefundRequestView>> list(
            @QueryParam("enrollmentId") @Parameter(description = "The request of this enrollment") UUID enrollmentId,
            @QueryParam("status") @Parameter(description = "Only requests in this status (another value: 400 errMsg_StatusIsNotValid)",
                    schema = @Schema(type = SchemaType.STRING, enumeration = {"pending", "approved", "rejected", "autoApproved"})) String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> {
            Page<RefundRequest> rows = records.refundRequests(enrollmentId, status, page.toPageRequest());
            if (!page.getJoins()) {
                return envelopes.list(rows.map(RefundRequestView::of));
            }
            Map<UUID, User> requesters = records.requesters(rows.items());
            return envelopes.list(rows.map(r -> RefundRequestView.withJoins(r, requesters.get(r.getRequestedBy()))));
        });
    }

    @PATCH
    @Path("/refundrequests/{id}")
    @Allow(Role.SITEOWNER)
    @Enveloped("refundRequest")
    @Operation(description = "Admin decision on a pending request. approved retries the Stripe refund of the request's amount (the same "
            + "idempotency key after an unknown outcome, a new one after a refusal, so it never refunds twice); done: approved, "
            + "processedAt set, enrollment refunded and canceled. Refused again: stays pending with the reason. rejected: processedAt "
            + "set, enrollment refundStatus ineligible. A request that is not pending: 409. adminNote alone just updates the note.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<RefundRequestView> update(@PathParam("id") UUID id, RefundDecisionForm form) {
        return tx.run(() -> envelopes.one(RefundRequestView.of(refunds.update(id, form))));
    }

    @POST
    @Path("/adminrefundenrollment")
    @Allow(Role.SITEOWNER)
    @Created
    @Enveloped("refundRequest")
    @Operation(description = "Admin override: full refund of a paid enrollment (active, or canceled with its refund owed) without "
            + "eligibility checks, recorded as an autoApproved refund request, and the enrollment canceled (booked slots freed, "
            + "student, tutor and admins notified). If Stripe does not refund, the enrollment is canceled with refundStatus eligible and "
            + "the request stays pending for PATCH. Unpaid: 400; already refunded, completed, or a request exists: 409.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_ENROLLMENT)
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<RefundRequestView> adminRefund(AdminRefundForm form) {
        return tx.run(() -> envelopes.one(RefundRequestView.of(refunds.adminRefund(form))));
    }
}
