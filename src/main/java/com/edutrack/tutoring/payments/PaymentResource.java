package com.edutrack.tutoring.payments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.TutoringEnrollmentViews.EnrollmentView;
import com.edutrack.tutoring.payments.PaymentRequests.PaymentBody;
import com.edutrack.tutoring.payments.PaymentService.PaymentOutcome;
import com.edutrack.tutoring.payments.WebhookService.Delivery;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Start, refresh and Stripe's callback of an enrollment's card payment. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
    @Inject
    PaymentService payments;
    @Inject
    WebhookService webhooks;
    @Inject
    StripeGateway gateway;
    @Inject
    Envelopes envelopes;
    @Inject
    TutoringTx tx;

    @PATCH
    @Path("/startenrollmentpayment/{enrollmentId}")
    @Allow(Role.STUDENT)
    @Operation(description = "The enrollment's student pays with a Stripe payment method: {paymentUserParams: {paymentMethodId, "
            + "cardHolderName?, cardHolderZip?, redirectUrl?}}. Gets or creates the student's Stripe customer, stores the card "
            + "(brand/last4 from Stripe), creates and confirms a PaymentIntent for the enrollment's amount in minor units "
            + "(metadata.orderId = enrollment id; idempotency key enrollment-<id>-payment-<attempt>). succeeded: paid/active; "
            + "requires_action/processing: paymentConfirmation processing, paymentResult.paymentIntentInfo carries clientSecret and "
            + "publishableKey; declined: 200 with success false and paymentConfirmation canceled (start again with another card). "
            + "Already paid: 400; not pending: 409; a payment waiting for 3-D Secure: 409 (refresh it). Stripe unreachable or 5xx "
            + "after retries: 502 and nothing stored (a retry reuses the idempotency key). No Stripe keys: 503.")
    public Response start(@PathParam("enrollmentId") UUID enrollmentId, PaymentBody body) {
        return tx.respond(() -> answer("PATCH", payments.start(enrollmentId, body == null ? null : body.paymentUserParams())));
    }

    @PATCH
    @Path("/refreshenrollmentpayment/{enrollmentId}")
    @Allow({Role.STUDENT, Role.SITEOWNER})
    @Operation(description = "Re-reads the enrollment's PaymentIntent from Stripe and applies its status as the webhook would "
            + "(forward only). The enrollment's student or an admin; 404 when no payment was started. The body may be empty: "
            + "paymentUserParams is not needed to read a payment (and is ignored). No Stripe keys: 503.")
    public Response refresh(@PathParam("enrollmentId") UUID enrollmentId) {
        return tx.respond(() -> answer("PATCH", payments.refresh(enrollmentId)));
    }

    @POST
    @Path("/callbackenrollmentpayment")
    @Public
    @Consumes(MediaType.WILDCARD)
    @Operation(description = "Stripe's webhook (public, no CSRF check: the Stripe-Signature header is the credential). The signature "
            + "is verified with STRIPE_WEBHOOK_SECRET, at most 300 s old; missing, bad or stale: 400 errMsg_WebhookSignature... "
            + "and nothing changes. Handled: payment_intent.succeeded/payment_failed/canceled, charge.refunded, refund.updated, "
            + "refund.failed; each event id acts once (a redelivery answers outcome duplicate). Events never move an enrollment "
            + "backwards: a succeeded after a cancel leaves it canceled and refunds the payment in full. Other types: 200, ignored.")
    public Response callback(String payload, @HeaderParam("Stripe-Signature") String signature) {
        return tx.respond(() -> {
            Delivery d = webhooks.handle(payload, signature);
            Map<String, Object> event = new LinkedHashMap<>();
            event.put("id", d.eventId());
            event.put("type", d.type());
            event.put("outcome", d.outcome());
            if (d.enrollment() == null) {
                return envelopes.one(200, "POST", "update", "webhookEvent", event);
            }
            return envelopes.one(200, "POST", "update", "enrollment", EnrollmentView.of(d.enrollment()))
                    .with("paymentResult", PaymentViews.paymentResult(new PaymentOutcome(d.enrollment(), d.payment(), null, null), gateway.publishableKey()))
                    .with("webhookEvent", event);
        });
    }

    private com.edutrack.platform.envelope.Envelope answer(String method, PaymentOutcome outcome) {
        return envelopes.one(200, method, "update", "enrollment", EnrollmentView.of(outcome.enrollment()))
                .with("paymentResult", PaymentViews.paymentResult(outcome, gateway.publishableKey()));
    }
}
