package com.edutrack.tutoring.payments;

import java.util.Map;
import java.util.UUID;

import com.edutrack.platform.config.AppConfig;
import com.edutrack.platform.errors.ApiException;
import com.stripe.StripeClient;
import com.stripe.exception.CardException;
import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.exception.StripeException;
import com.stripe.model.Customer;
import com.stripe.model.Event;
import com.stripe.model.PaymentIntent;
import com.stripe.model.Refund;
import com.stripe.model.StripeError;
import com.stripe.model.StripeObject;
import com.stripe.net.RequestOptions;
import com.stripe.net.Webhook;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.PaymentIntentCreateParams;
import com.stripe.param.PaymentMethodAttachParams;
import com.stripe.param.RefundCreateParams;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Every call to Stripe, through stripe-java only. One {@link StripeClient} carries the key, the
 * API base, the timeouts and the retry count (no global {@code Stripe.apiKey} state); every
 * creating call sends an idempotency key derived from our own ids, so stripe-java's retries (after
 * a timeout, a connection error or a 5xx) and our own later retries never create a second object.
 */
@ApplicationScoped
public class StripeGateway {
    /** Stripe's own advice for webhook timestamps: older than five minutes is refused (replays). */
    static final long WEBHOOK_TOLERANCE_SECONDS = 300;

    @Inject
    AppConfig config;

    private volatile StripeSettings settings;
    private volatile StripeClient client;

    public StripeGateway() {
    }

    /** For checks without a container (the "no keys" rule). */
    StripeGateway(StripeSettings settings) {
        this.settings = settings;
    }

    StripeSettings settings() {
        if (settings == null) {
            settings = StripeSettings.from(config);
        }
        return settings;
    }

    public boolean configured() {
        return settings().configured();
    }

    /** 503 {@code errMsg_PaymentsNotConfigured} when the server runs without Stripe keys. */
    public void requireConfigured() {
        if (!configured()) {
            throw ApiException.tutoring(503, "errMsg_PaymentsNotConfigured",
                    "Card payments are not configured on this server (STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET).");
        }
    }

    public String publishableKey() {
        return settings().publishableKey();
    }

    private StripeClient client() {
        requireConfigured();
        if (client == null) {
            synchronized (this) {
                if (client == null) {
                    StripeSettings s = settings();
                    StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(s.secretKey())
                            .setConnectTimeout(Math.min(s.timeoutSeconds(), 10) * 1000).setReadTimeout(s.timeoutSeconds() * 1000)
                            .setMaxNetworkRetries(s.maxNetworkRetries()).setHttpClient(MeteredStripeHttpClient.create());
                    s.base().ifPresent(builder::setApiBase);
                    client = builder.build();
                }
            }
        }
        return client;
    }

    private static RequestOptions key(String idempotencyKey) {
        return RequestOptions.builder().setIdempotencyKey(idempotencyKey).build();
    }

    // ---- customers and payment methods ----

    public String createCustomer(UUID userId, String email, String name) {
        try {
            CustomerCreateParams.Builder params = CustomerCreateParams.builder().putMetadata("userId", userId.toString());
            if (email != null) {
                params.setEmail(email);
            }
            if (name != null) {
                params.setName(name);
            }
            Customer customer = client().v1().customers().create(params.build(), key("user-" + userId + "-customer"));
            return customer.getId();
        } catch (StripeException e) {
            throw StripeFailure.of(e).toApi();
        }
    }

    /** The card behind a payment method id (brand, last4, expiry) and the customer it is attached to, if any. */
    public CardDetails paymentMethod(String paymentMethodId) {
        try {
            return CardDetails.of(client().v1().paymentMethods().retrieve(paymentMethodId, RequestOptions.getDefault()));
        } catch (StripeException e) {
            throw StripeFailure.of(e).toApi();
        }
    }

    /**
     * Attaches a payment method to the customer and returns the PaymentMethod Stripe attached. Its
     * id can differ from the one sent: a test token such as {@code pm_card_visa}, like a card that
     * was used once without a customer, becomes a new PaymentMethod; that id is the one to store
     * and charge.
     */
    public CardDetails attach(String paymentMethodId, String customerId) {
        try {
            return CardDetails.of(client().v1().paymentMethods().attach(paymentMethodId,
                    PaymentMethodAttachParams.builder().setCustomer(customerId).build(), key(customerId + "-attach-" + paymentMethodId)));
        } catch (StripeException e) {
            throw StripeFailure.of(e).toApi();
        }
    }

    // ---- payments ----

    /** What one confirmation attempt of an enrollment's payment sends to Stripe. */
    public record PaymentOrder(UUID enrollmentId, int attempt, long amountMinor, String currency, String customerId,
                               String paymentMethodId, String description, UUID studentId) {
        String idempotencyKey() {
            return "enrollment-" + enrollmentId + "-payment-" + attempt;
        }
    }

    /**
     * Creates and confirms a PaymentIntent. A declined card is an answer, not an error: the result
     * carries the PaymentIntent Stripe left behind and the decline. Network trouble and 5xx (after
     * stripe-java's retries with the same key) are 502 {@code errMsg_PaymentGatewayUnavailable}.
     */
    public IntentResult createPaymentIntent(PaymentOrder order) {
        PaymentIntentCreateParams params = PaymentIntentCreateParams.builder()
                .setAmount(order.amountMinor()).setCurrency(order.currency().toLowerCase(java.util.Locale.ROOT))
                .setCustomer(order.customerId()).setPaymentMethod(order.paymentMethodId()).setConfirm(true)
                .addPaymentMethodType("card").setDescription(order.description())
                .putMetadata("orderId", order.enrollmentId().toString()).putMetadata("attempt", Integer.toString(order.attempt()))
                .putMetadata("studentId", order.studentId().toString())
                .build();
        try {
            return IntentResult.of(client().v1().paymentIntents().create(params, key(order.idempotencyKey())));
        } catch (CardException e) {
            StripeError error = e.getStripeError();
            PaymentIntent left = error == null ? null : error.getPaymentIntent();
            return IntentResult.declined(left, e.getCode(), e.getDeclineCode(), error != null && error.getMessage() != null ? error.getMessage() : "Your card was declined.");
        } catch (StripeException e) {
            throw StripeFailure.of(e).toApi();
        }
    }

    public IntentResult retrievePaymentIntent(String paymentIntentId) {
        try {
            return IntentResult.of(client().v1().paymentIntents().retrieve(paymentIntentId, RequestOptions.getDefault()));
        } catch (StripeException e) {
            throw StripeFailure.of(e).toApi();
        }
    }

    // ---- refunds ----

    /**
     * Refunds {@code amountMinor} (null: everything still refundable) of a PaymentIntent. Never
     * throws for Stripe's answers: {@code charge_already_refunded} counts as done, a refusal and an
     * unreachable Stripe are reported so the caller can keep the refund owed.
     */
    public RefundResult refund(String paymentIntentId, Long amountMinor, String idempotencyKey, Map<String, String> metadata) {
        if (!configured()) {
            return RefundResult.unavailable("not_configured", "Card payments are not configured on this server.");
        }
        RefundCreateParams.Builder params = RefundCreateParams.builder().setPaymentIntent(paymentIntentId)
                .setReason(RefundCreateParams.Reason.REQUESTED_BY_CUSTOMER).putAllMetadata(metadata);
        if (amountMinor != null) {
            params.setAmount(amountMinor);
        }
        try {
            Refund refund = client().v1().refunds().create(params.build(), key(idempotencyKey));
            if ("failed".equals(refund.getStatus()) || "canceled".equals(refund.getStatus())) {
                return RefundResult.refused(refund.getStatus(), "Stripe refund " + refund.getId() + " " + refund.getStatus()
                        + (refund.getFailureReason() == null ? "" : ": " + refund.getFailureReason()));
            }
            return RefundResult.done(refund.getId(), refund.getStatus());
        } catch (StripeException e) {
            StripeFailure f = StripeFailure.of(e);
            if ("charge_already_refunded".equals(f.code())) {
                return RefundResult.done(null, "already_refunded");
            }
            return f.kind() == StripeFailure.Kind.UNAVAILABLE ? RefundResult.unavailable(f.code(), f.message()) : RefundResult.refused(f.code(), f.message());
        }
    }

    // ---- webhooks ----

    /** Verifies {@code Stripe-Signature} (HMAC with the webhook secret, at most 300 s old) and parses the event. */
    public Event verify(String payload, String signatureHeader) {
        requireConfigured();
        if (signatureHeader == null || signatureHeader.isBlank()) {
            throw ApiException.tutoring(400, "errMsg_WebhookSignatureMissing", "The Stripe-Signature header is missing.");
        }
        try {
            return Webhook.constructEvent(payload == null ? "" : payload, signatureHeader, settings().webhookSecret(), WEBHOOK_TOLERANCE_SECONDS);
        } catch (SignatureVerificationException e) {
            throw ApiException.tutoring(400, "errMsg_WebhookSignatureInvalid",
                    "The Stripe-Signature header does not verify with the webhook secret, or is older than five minutes.");
        } catch (RuntimeException e) {
            throw ApiException.tutoring(400, "errMsg_WebhookPayloadInvalid", "The webhook body is not a Stripe event.");
        }
    }

    /** The event's object, also when the event was rendered with another API version than stripe-java's. */
    public StripeObject dataObject(Event event) {
        return event.getDataObjectDeserializer().getObject().orElseGet(() -> {
            try {
                return event.getDataObjectDeserializer().deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw ApiException.tutoring(400, "errMsg_WebhookPayloadInvalid", "The webhook event's object cannot be read.");
            }
        });
    }
}
