package com.edutrack.tutoring.payments;

import java.util.List;
import java.util.UUID;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.envelope.TutoringPage;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Role;
import com.edutrack.platform.request.Created;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.payments.PaymentForms.EnrollmentPaymentForm;
import com.edutrack.tutoring.payments.PaymentRecordViews.EnrollmentPaymentView;
import com.edutrack.tutoring.payments.PaymentRecordViews.PaymentCustomerView;
import com.edutrack.tutoring.payments.PaymentRecordViews.PaymentMethodView;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** The stored payment objects: sys_enrollmentPayment (CRUD), sys_paymentCustomer and sys_paymentMethod (reads). */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentRecordResource {
    private static final String PAYMENT = "sys_enrollmentPayment";
    private static final String EXACT = " (exact match)";

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
    @Enveloped(PAYMENT)
    @Operation(description = "A payment record: its owner (the enrollment's student) or an admin; others 403. Deleted (inactive) "
            + "records answer 404.")
    public Envelope<EnrollmentPaymentView> get(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.get(id))));
    }

    @GET
    @Path("/enrollmentpayments")
    @Allow({Role.STUDENT, Role.SITEOWNER})
    @Enveloped("sys_enrollmentPayments")
    @Operation(description = "Admins list every active payment record, students their own (ownerId is forced to theirs); newest "
            + "first. Tutors: 403.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "ownerId or orderId is not a UUID")
    public Envelope<List<EnrollmentPaymentView>> list(
            @QueryParam("ownerId") @Parameter(description = "Records of this user (admins; a student always sees their own)") UUID ownerId,
            @QueryParam("orderId") @Parameter(description = "The record of this enrollment") UUID orderId,
            @QueryParam("paymentId") @Parameter(description = "Stripe PaymentIntent id" + EXACT) String paymentId,
            @QueryParam("paymentStatus") @Parameter(description = "Stripe's PaymentIntent status" + EXACT) String paymentStatus,
            @QueryParam("statusLiteral") @Parameter(description = "Our status: processing, paid, failed, canceled, refunded, or what an "
                    + "admin recorded" + EXACT) String statusLiteral,
            @QueryParam("redirectUrl") @Parameter(description = "Redirect URL" + EXACT) String redirectUrl) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(records.list(ownerId, orderId, paymentId, paymentStatus, statusLiteral, redirectUrl,
                page.toPageRequest()).map(EnrollmentPaymentView::of)));
    }

    @POST
    @Path("/enrollmentpayment")
    @Allow(Role.SITEOWNER)
    @Created
    @Enveloped(PAYMENT)
    @Operation(description = "Admin records a payment for an enrollment that has none (409 errMsg_EnrollmentPaymentExists otherwise; "
            + "one per enrollment). It changes only the record: the enrollment follows Stripe (refreshenrollmentpayment reads the "
            + "recorded PaymentIntent).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "No such enrollment (errMsg_EnrollmentNotFound)")
    public Envelope<EnrollmentPaymentView> create(EnrollmentPaymentForm form) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.create(form))));
    }

    @PATCH
    @Path("/enrollmentpayment/{id}")
    @Allow(Role.SITEOWNER)
    @Enveloped(PAYMENT)
    @Operation(description = "Admin edits paymentId, paymentStatus, statusLiteral, redirectUrl of a payment record (the record only).")
    public Envelope<EnrollmentPaymentView> update(@PathParam("id") UUID id, EnrollmentPaymentForm form) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.update(id, form))));
    }

    @DELETE
    @Path("/enrollmentpayment/{id}")
    @Allow(Role.SITEOWNER)
    @Enveloped(PAYMENT)
    @Operation(description = "Admin deletes a payment record: it becomes inactive (isActive false in the answer), disappears from "
            + "reads, and is kept so a later payment of the enrollment continues its attempt numbering.")
    public Envelope<EnrollmentPaymentView> delete(@PathParam("id") UUID id) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.delete(id))));
    }

    @GET
    @Path("/enrollmentpaymentbyorderid/{orderId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped(PAYMENT)
    @Operation(description = "The payment record of an enrollment (orderId = enrollment id): its owner or an admin.")
    public Envelope<EnrollmentPaymentView> byOrderId(@PathParam("orderId") UUID orderId) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.byOrderId(orderId))));
    }

    @GET
    @Path("/enrollmentpaymentbypaymentid/{paymentId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped(PAYMENT)
    @Operation(description = "The payment record of a Stripe PaymentIntent id: its owner or an admin.")
    public Envelope<EnrollmentPaymentView> byPaymentId(@PathParam("paymentId") String paymentId) {
        return tx.run(() -> envelopes.one(EnrollmentPaymentView.of(records.byPaymentId(paymentId))));
    }

    @GET
    @Path("/paymentcustomers/{userId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("sys_paymentCustomer")
    @Operation(description = "A user's Stripe customer: the user themself or an admin; 404 before their first payment.")
    public Envelope<PaymentCustomerView> customer(@PathParam("userId") UUID userId) {
        return tx.run(() -> envelopes.one(PaymentCustomerView.of(records.customer(userId))));
    }

    @GET
    @Path("/paymentcustomers")
    @Allow(Role.SITEOWNER)
    @Enveloped("sys_paymentCustomers")
    @Operation(description = "Admin list of payment customers; newest first.")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = "userId is not a UUID")
    public Envelope<List<PaymentCustomerView>> customers(
            @QueryParam("userId") @Parameter(description = "The customer of this user") UUID userId,
            @QueryParam("customerId") @Parameter(description = "Stripe customer id" + EXACT) String customerId,
            @QueryParam("platform") @Parameter(description = "Payment platform" + EXACT) String platform) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(records.customers(userId, customerId, platform, page.toPageRequest()).map(PaymentCustomerView::of)));
    }

    @GET
    @Path("/paymentcustomermethods/{userId}")
    @Allow({Role.STUDENT, Role.TEACHER, Role.SITEOWNER})
    @Enveloped("sys_paymentMethods")
    @Operation(description = "The cards a user paid with (brand, last4, expiry in cardInfo; never the card number): the user themself "
            + "or an admin; newest first.")
    public Envelope<List<PaymentMethodView>> methods(
            @PathParam("userId") UUID userId,
            @QueryParam("paymentMethodId") @Parameter(description = "Stripe PaymentMethod id" + EXACT) String paymentMethodId,
            @QueryParam("customerId") @Parameter(description = "Stripe customer id" + EXACT) String customerId,
            @QueryParam("cardHolderName") @Parameter(description = "Card holder's name" + EXACT) String cardHolderName,
            @QueryParam("cardHolderZip") @Parameter(description = "Card holder's postal code" + EXACT) String cardHolderZip,
            @QueryParam("platform") @Parameter(description = "Payment platform" + EXACT) String platform,
            @QueryParam("cardInfo") @Parameter(description = "Text contained in the stored card summary (e.g. 4242, visa)") String cardInfo) {
        TutoringPage page = TutoringPage.from(uri);
        return tx.run(() -> envelopes.list(records.methods(userId, paymentMethodId, customerId, cardHolderName, cardHolderZip, platform,
                cardInfo, page.toPageRequest()).map(PaymentMethodView::of)));
    }
}
