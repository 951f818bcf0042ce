package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.payments.PaymentRequests.EnrollmentPaymentBody;
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

/** The stored payment objects: sys_enrollmentPayment (CRUD), sys_paymentCustomer and sys_paymentMethod (reads). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentRecordResource {
    private static final String PAYMENT = "sys_enrollmentPayment";

    @Inject
    PaymentRecordService records;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;
    @Context
    UriInfo uri;

    @GET
    @Path("/enrollmentpayment/{id}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "A payment record: its owner (the enrollment's student) or an admin; others 403. Deleted (inactive) "
            + "records answer 404.")
    public Response get(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", PAYMENT, PaymentViews.payment(records.get(id))));
    }

    @GET
    @Path("/enrollmentpayments")
    @Allow({Role.STUDENT, Role.SITEOWNER})
    @Operation(description = "Admins list every active payment record, students their own (ownerId is forced to theirs); filters "
            + "ownerId, orderId, paymentId, paymentStatus, statusLiteral, redirectUrl (exact); newest first. Tutors: 403.")
    public Response list(@QueryParam("ownerId") UUID ownerId, @QueryParam("orderId") UUID orderId, @QueryParam("paymentId") String paymentId,
                         @QueryParam("paymentStatus") String paymentStatus, @QueryParam("statusLiteral") String statusLiteral,
                         @QueryParam("redirectUrl") String redirectUrl) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "sys_enrollmentPayments", records.list(ownerId, orderId, paymentId, paymentStatus,
                statusLiteral, redirectUrl, page.toPageRequest()).map(PaymentViews::payment)));
    }

    @POST
    @Path("/enrollmentpayment")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin records a payment {orderId, paymentId, paymentStatus, statusLiteral, redirectUrl?} for an "
            + "enrollment that has none (409 otherwise; one per enrollment). It changes only the record: the enrollment follows "
            + "Stripe (refreshenrollmentpayment reads the recorded PaymentIntent).")
    public Response create(EnrollmentPaymentBody body) {
        return tx.respond(() -> envelopes.one(201, "POST", "create", PAYMENT, PaymentViews.payment(records.create(body))));
    }

    @PATCH
    @Path("/enrollmentpayment/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin edits paymentId, paymentStatus, statusLiteral, redirectUrl of a payment record (the record only).")
    public Response update(@PathParam("id") UUID id, EnrollmentPaymentBody body) {
        return tx.respond(() -> envelopes.one(200, "PATCH", "update", PAYMENT, PaymentViews.payment(records.update(id, body))));
    }

    @DELETE
    @Path("/enrollmentpayment/{id}")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin deletes a payment record: it becomes inactive (isActive false in the answer), disappears from "
            + "reads, and is kept so a later payment of the enrollment continues its attempt numbering.")
    public Response delete(@PathParam("id") UUID id) {
        return tx.respond(() -> envelopes.one(200, "DELETE", "delete", PAYMENT, PaymentViews.payment(records.delete(id))));
    }

    @GET
    @Path("/enrollmentpaymentbyorderid/{orderId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The payment record of an enrollment (orderId = enrollment id): its owner or an admin.")
    public Response byOrderId(@PathParam("orderId") UUID orderId) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", PAYMENT, PaymentViews.payment(records.byOrderId(orderId))));
    }

    @GET
    @Path("/enrollmentpaymentbypaymentid/{paymentId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The payment record of a Stripe PaymentIntent id: its owner or an admin.")
    public Response byPaymentId(@PathParam("paymentId") String paymentId) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", PAYMENT, PaymentViews.payment(records.byPaymentId(paymentId))));
    }

    @GET
    @Path("/paymentcustomers/{userId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "A user's Stripe customer: the user themself or an admin; 404 before their first payment.")
    public Response customer(@PathParam("userId") UUID userId) {
        return tx.respond(() -> envelopes.one(200, "GET", "get", "sys_paymentCustomer", PaymentViews.customer(records.customer(userId))));
    }

    @GET
    @Path("/paymentcustomers")
    @Allow(Role.SITEOWNER)
    @Operation(description = "Admin list of payment customers; filters userId, customerId, platform; newest first.")
    public Response customers(@QueryParam("userId") UUID userId, @QueryParam("customerId") String customerId, @QueryParam("platform") String platform) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "sys_paymentCustomers",
                records.customers(userId, customerId, platform, page.toPageRequest()).map(PaymentViews::customer)));
    }

    @GET
    @Path("/paymentcustomermethods/{userId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Operation(description = "The cards a user paid with (brand, last4, expiry in cardInfo; never the card number): the user themself "
            + "or an admin. Filters paymentMethodId, customerId, cardHolderName, cardHolderZip, platform (exact) and cardInfo "
            + "(text contained in the stored card summary).")
    public Response methods(@PathParam("userId") UUID userId, @QueryParam("paymentMethodId") String paymentMethodId,
                            @QueryParam("customerId") String customerId, @QueryParam("cardHolderName") String cardHolderName,
                            @QueryParam("cardHolderZip") String cardHolderZip, @QueryParam("platform") String platform,
                            @QueryParam("cardInfo") String cardInfo) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.respond(() -> envelopes.list("GET", "sys_paymentMethods", records.methods(userId, paymentMethodId, customerId,
                cardHolderName, cardHolderZip, platform, cardInfo, page.toPageRequest()).map(PaymentViews::method)));
    }
}
