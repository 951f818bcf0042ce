package com.edutrack.tutoring.payments;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.accounts.User;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.pagination.Page;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.payments.PaymentRequests.AdminRefundBody;
import com.edutrack.tutoring.payments.PaymentRequests.CreateRefundBody;
import com.edutrack.tutoring.payments.PaymentRequests.UpdateRefundBody;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Refund requests and the admin refund of the tutoring guide. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RefundResource {
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
    @Operation(description = "The enrollment's student asks for a refund {enrollmentId, reason}. Only a paid, active enrollment with "
            + "exactly one completed lesson slot is eligible (else 400 errMsg_RefundNotEligible, nothing stored); one request per "
            + "enrollment (409). The unused part, totalAmount * notCompletedLessons / lessons in minor units rounded down, is refunded "
            + "through Stripe at once (idempotency key from the request id): status autoApproved, enrollment refunded/processed/"
            + "canceled, booked slots freed, student, tutor and admins notified. If Stripe refuses or cannot be reached the request "
            + "is stored pending with the reason in adminNote (enrollment refundStatus eligible) for an admin. Client values of "
            + "status, requestedAt, processedAt, firstLessonCompleted and adminNote are ignored. No Stripe keys: 503.")
    public Response create(CreateRefundBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "refundRequest", PaymentViews.refundRequest(refunds.request(body))));
    }

    @GET
    @Path("/refundrequests/{id}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The enrollment's student, the pack's tutor or an admin; with enrollment, coursePack and requester joined "
            + "(getJoins=false leaves them out). Anyone else: 403.")
    public Response get(@PathParam("id") UUID id) {
        boolean joins = TutoringPage.from(uri).getJoins();
        return tx.respond(() -> {
            RefundRequest r = records.refundRequest(id);
            Map<String, Object> data = joins ? PaymentViews.refundRequestWithJoins(r, records.requesters(List.of(r)).get(r.getRequestedBy()))
                    : PaymentViews.refundRequest(r);
            return envelopes.one(200, "GET", "get", "refundRequest", data);
        });
    }

    @GET
    @Path("/refundrequests")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "Students see the refund requests of their enrollments, tutors those of their packs, admins all; "
            + "filters enrollmentId and status; newest first; enrollment, coursePack and requester joined in bounded queries.")
    public Response list(@QueryParam("enrollmentId") UUID enrollmentId, @QueryParam("status") String status) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> {
            Page<RefundRequest> rows = records.refundRequests(enrollmentId, status, page.toPageRequest());
            Page<Map<String, Object>> data;
            if (page.getJoins()) {
                Map<UUID, User> requesters = records.requesters(rows.items());
                data = rows.map(r -> PaymentViews.refundRequestWithJoins(r, requesters.get(r.getRequestedBy())));
            } else {
                data = rows.map(PaymentViews::refundRequest);
            }
            return envelopes.list("GET", "refundRequests", data);
        });
    }

    @PATCH
    @Path("/refundrequests/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin decision on a pending request {status: approved|rejected, adminNote}. approved retries the "
            + "Stripe refund of the request's amount (the same idempotency key after an unknown outcome, a new one after a refusal, "
            + "so it never refunds twice); done: approved, processedAt set, enrollment refunded and canceled. Refused again: stays "
            + "pending with the reason. rejected: processedAt set, enrollment refundStatus ineligible. A request that is not pending: "
            + "409. adminNote alone just updates the note. processedAt from the client is ignored.")
    public Response update(@PathParam("id") UUID id, UpdateRefundBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", "refundRequest", PaymentViews.refundRequest(refunds.update(id, body))));
    }

    @POST
    @Path("/adminrefundenrollment")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin override {enrollmentId, reason}: full refund of a paid enrollment (active, or canceled with its "
            + "refund owed) without eligibility checks, recorded as an autoApproved refund request, and the enrollment canceled "
            + "(booked slots freed, student, tutor and admins notified). If Stripe does not refund, the enrollment is canceled with "
            + "refundStatus eligible and the request stays pending for PATCH. Unpaid: 400; already refunded, completed, or a "
            + "request exists: 409. No Stripe keys: 503.")
    public Response adminRefund(AdminRefundBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", "refundRequest", PaymentViews.refundRequest(refunds.adminRefund(body))));
    }
}
