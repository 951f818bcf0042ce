package com.edutrack.tutoring.payments;

import java.util.UUID;

import com.edutrack.platform.envelope.Envelope;
import com.edutrack.platform.envelope.Enveloped;
import com.edutrack.platform.envelope.Envelopes;
import com.edutrack.platform.security.Allow;
import com.edutrack.platform.security.Public;
import com.edutrack.platform.security.Role;
import com.edutrack.tutoring.TutoringEnrollmentViews.EnrollmentView;
import com.edutrack.tutoring.TutoringTx;
import com.edutrack.tutoring.payments.PaymentForms.StartForm;
import com.edutrack.tutoring.payments.PaymentResults.PaymentResult;
import com.edutrack.tutoring.payments.PaymentResults.WebhookDelivery;
import com.edutrack.tutoring.payments.PaymentService.PaymentOutcome;
import com.edutrack.tutoring.payments.StripeEventSchema.StripeEvent;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/** Start, refresh and Stripe's callback of an enrollment's card payment. */
@Path("/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PaymentResource {
    static final String GATEWAY = "Stripe could not be reached or failed after retries (errMsg_PaymentGatewayUnavailable: nothing was "
            + "stored, a retry reuses the idempotency key), or refused this server's keys (errMsg_PaymentGatewayError)";
    static final String NOT_CONFIGURED = "Card payments are not configured on this server (errMsg_PaymentsNotConfigured), or the "
            + "database is unavailable (errMsg_DatabaseUnavailable, with Retry-After)";

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
    @Enveloped(value = "enrollment", extras = @Enveloped.Extra(name = "paymentResult", type = PaymentResult.class))
    @Operation(description = "The enrollment's student pays with a Stripe payment method. Gets or creates the student's Stripe customer, "
            + "stores the card (brand/last4 from Stripe), creates and confirms a PaymentIntent for the enrollment's amount in minor units "
            + "(metadata.orderId = enrollment id; idempotency key enrollment-<id>-payment-<attempt>). succeeded: paid/active; "
            + "requires_action/processing: paymentConfirmation processing, paymentResult.paymentIntentInfo carries clientSecret and "
            + "publishableKey; declined: 200 with success false and paymentConfirmation canceled (start again with another card). "
            + "Already paid: 400; not pending: 409; a payment waiting for 3-D Secure: 409 (refresh it).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "502", description = GATEWAY)
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<EnrollmentView> start(@PathParam("enrollmentId") UUID enrollmentId, StartForm form) {
        return tx.run(() -> answer(payments.start(enrollmentId, form)));
    }

    @PATCH
    @Path("/refreshenrollmentpayment/{enrollmentId}")
    @Allow({Role.STUDENT, Role.SITEOWNER})
    @Enveloped(value = "enrollment", extras = @Enveloped.Extra(name = "paymentResult", type = PaymentResult.class))
    @Operation(description = "Re-reads the enrollment's PaymentIntent from Stripe and applies its status as the webhook would "
            + "(forward only). The enrollment's student or an admin; 404 when no payment was started; 409 errMsg_PaymentNotRecognized "
            + "when Stripe's PaymentIntent asks for another amount or currency. A body is not needed (and ignored).")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "502", description = GATEWAY)
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<EnrollmentView> refresh(@PathParam("enrollmentId") UUID enrollmentId) {
        return tx.run(() -> answer(payments.refresh(enrollmentId)));
    }

    @POST
    @Path("/callbackenrollmentpayment")
    @Public
    @Consumes(MediaType.WILDCARD)
    @Enveloped(value = "enrollment", type = EnrollmentView.class, extras = {
        @Enveloped.Extra(name = "paymentResult", type = PaymentResult.class),
        @Enveloped.Extra(name = "webhookEvent", type = WebhookDelivery.class)})
    @Enveloped(value = "webhookEvent", type = WebhookDelivery.class)
    @Operation(description = "Stripe's webhook (public, no CSRF check: the Stripe-Signature header is the credential). The signature "
            + "is verified over the exact body with STRIPE_WEBHOOK_SECRET, at most 300 s old; missing, bad or stale: 400 "
            + "errMsg_WebhookSignature... and nothing changes. Handled: payment_intent.succeeded/payment_failed/canceled, "
            + "charge.refunded, refund.updated, refund.failed, each acting only on the enrollment its PaymentIntent was made for here; "
            + "each event id acts once (a redelivery answers outcome duplicate). Events never move an enrollment backwards: a "
            + "succeeded after a cancel leaves it canceled and refunds the payment in full. Applied: the enrollment with paymentResult "
            + "and webhookEvent; anything else (other types, PaymentIntents not made here): 200 with webhookEvent only (outcome "
            + "ignored, or duplicate).")
    @Parameter(name = "Stripe-Signature", in = ParameterIn.HEADER, required = true,
            description = "t=<epoch seconds>,v1=<hex HMAC-SHA256 of \"t.body\" with the webhook secret>", schema = @Schema(type = SchemaType.STRING))
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "503", description = NOT_CONFIGURED)
    public Envelope<?> callback(@RequestBody(required = true, description = "The Stripe event, read as raw bytes: the signature is over them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StripeEvent.class))) String payload,
                                @HeaderParam("Stripe-Signature") String signature) {
        return tx.run(() -> {
            Delivery d = webhooks.handle(payload, signature);
            if (d.enrollment() == null) {
                return envelopes.one("webhookEvent", WebhookDelivery.of(d));
            }
            return envelopes.one("enrollment", EnrollmentView.of(d.enrollment()))
                    .with("paymentResult", PaymentResult.of(new PaymentOutcome(d.enrollment(), d.payment(), null, null), gateway.publishableKey()))
                    .with("webhookEvent", WebhookDelivery.of(d));
        });
    }

    private Envelope<EnrollmentView> answer(PaymentOutcome outcome) {
        return envelopes.one(EnrollmentView.of(outcome.enrollment())).with("paymentResult", PaymentResult.of(outcome, gateway.publishableKey()));
    }
}
