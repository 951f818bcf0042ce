package com.edutrack.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.stripe.Stripe;

/**
 * The Stripe API double: one WireMock server for the whole test JVM, started on first use on the
 * port the test server's {@code STRIPE_API_BASE} names. Defaults (low priority) answer customers
 * and refunds successfully, and keep payment methods as test mode does ({@link StripePaymentMethods}); a test stubs its own PaymentIntents and special
 * refund answers by its enrollment id (metadata[orderId]) or PaymentIntent id, so tests never see
 * each other's stubs. Also signs webhook payloads the way Stripe does.
 */
public final class StripeDouble {
    private static WireMockServer server;
    private static final StripePaymentMethods PAYMENT_METHODS = new StripePaymentMethods();

    private StripeDouble() {
    }

    public static synchronized WireMockServer server() {
        if (server == null) {
            WireMockServer s = new WireMockServer(options().port(TestEnv.stripePort()).containerThreads(40).jettyAcceptors(2).extensions(PAYMENT_METHODS));
            s.start();
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop));
            defaults(s);
            server = s;
        }
        return server;
    }

    private static void defaults(WireMockServer s) {
        s.stubFor(post(urlEqualTo("/v1/customers")).atPriority(10)
                .willReturn(okJson("{\"id\":\"cus_{{request.headers.Idempotency-Key}}\",\"object\":\"customer\"}").withTransformers("response-template")));
        s.stubFor(get(urlPathMatching("/v1/payment_methods/[^/]+")).atPriority(10).willReturn(aResponse().withTransformers(StripePaymentMethods.NAME)));
        s.stubFor(post(urlPathMatching("/v1/payment_methods/[^/]+/attach")).atPriority(10).willReturn(aResponse().withTransformers(StripePaymentMethods.NAME)));
        s.stubFor(post(urlEqualTo("/v1/refunds")).atPriority(10).willReturn(okJson(
                "{\"id\":\"re_{{randomValue length=16 type='ALPHANUMERIC'}}\",\"object\":\"refund\",\"status\":\"succeeded\"}").withTransformers("response-template")));
    }

    /** The PaymentIntent id the double gives attempt {@code n} of an enrollment. */
    public static String intentId(Object enrollmentId, int attempt) {
        return "pi_" + enrollmentId.toString().replace("-", "").substring(0, 20) + "_" + attempt;
    }

    public static String intentJson(Object enrollmentId, int attempt, String status, long amount, String currency) {
        String id = intentId(enrollmentId, attempt);
        return "{\"id\":\"" + id + "\",\"object\":\"payment_intent\",\"status\":\"" + status + "\",\"amount\":" + amount
                + ",\"currency\":\"" + currency.toLowerCase() + "\",\"client_secret\":\"" + id + "_secret_abc\","
                + ("requires_action".equals(status) ? "\"next_action\":{\"type\":\"use_stripe_sdk\"}," : "")
                + "\"latest_charge\":\"ch_" + id.substring(3) + "\",\"metadata\":{\"orderId\":\"" + enrollmentId + "\",\"attempt\":\"" + attempt + "\"}}";
    }

    /** Creating a PaymentIntent for this enrollment answers {@code status}. */
    public static void paymentIntent(Object enrollmentId, int attempt, String status, long amount, String currency) {
        server().stubFor(createIntent(enrollmentId).withFormParam("metadata[attempt]", equalTo(Integer.toString(attempt)))
                .willReturn(okJson(intentJson(enrollmentId, attempt, status, amount, currency))));
    }

    /** Creating a PaymentIntent for this enrollment answers 402 card_declined (Stripe leaves the intent requires_payment_method). */
    public static void declined(Object enrollmentId, int attempt) {
        String intent = intentJson(enrollmentId, attempt, "requires_payment_method", 0, "usd");
        server().stubFor(createIntent(enrollmentId).withFormParam("metadata[attempt]", equalTo(Integer.toString(attempt)))
                .willReturn(error(402, "{\"type\":\"card_error\",\"code\":\"card_declined\",\"decline_code\":\"insufficient_funds\","
                        + "\"message\":\"Your card has insufficient funds.\",\"payment_intent\":" + intent + "}")));
    }

    /** The first create answers 500, the retry (same idempotency key) succeeds. */
    public static void failsOnceThenSucceeds(Object enrollmentId, long amount, String currency) {
        String scenario = "flaky-" + enrollmentId;
        server().stubFor(createIntent(enrollmentId).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retried")
                .willReturn(error(500, "{\"type\":\"api_error\",\"message\":\"An unknown error occurred\"}")));
        server().stubFor(createIntent(enrollmentId).inScenario(scenario).whenScenarioStateIs("retried")
                .willReturn(okJson(intentJson(enrollmentId, 1, "succeeded", amount, currency))));
    }

    /** Creating a PaymentIntent for this enrollment answers only after {@code delayMs} (longer than the server's timeout). */
    public static StubMapping slow(Object enrollmentId, int delayMs, long amount, String currency) {
        return server().stubFor(createIntent(enrollmentId).willReturn(okJson(intentJson(enrollmentId, 1, "succeeded", amount, currency)).withFixedDelay(delayMs)));
    }

    /** The first create times out at the server; its retry (same key) is answered at once. */
    public static void slowOnceThenSucceeds(Object enrollmentId, int delayMs, long amount, String currency) {
        String scenario = "slow-" + enrollmentId;
        server().stubFor(createIntent(enrollmentId).inScenario(scenario).whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retried")
                .willReturn(okJson(intentJson(enrollmentId, 1, "succeeded", amount, currency)).withFixedDelay(delayMs)));
        server().stubFor(createIntent(enrollmentId).inScenario(scenario).whenScenarioStateIs("retried")
                .willReturn(okJson(intentJson(enrollmentId, 1, "succeeded", amount, currency))));
    }

    /** Retrieving this PaymentIntent answers {@code status}. */
    public static void retrieve(Object enrollmentId, int attempt, String status, long amount, String currency) {
        server().stubFor(get(urlEqualTo("/v1/payment_intents/" + intentId(enrollmentId, attempt))).atPriority(1)
                .willReturn(okJson(intentJson(enrollmentId, attempt, status, amount, currency))));
    }

    /** Refunds of this PaymentIntent answer {@code status} with {@code body} as the error or refund object. */
    public static void refundAnswers(String paymentIntentId, int status, String body) {
        server().stubFor(post(urlEqualTo("/v1/refunds")).atPriority(1).withFormParam("payment_intent", equalTo(paymentIntentId))
                .willReturn(aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(body)));
    }

    public static void refundAlreadyRefunded(String paymentIntentId) {
        refundAnswers(paymentIntentId, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_already_refunded\","
                + "\"message\":\"Charge ch_x has already been refunded.\"}}");
    }

    public static void refundRefused(String paymentIntentId) {
        refundAnswers(paymentIntentId, 400, "{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"charge_disputed\","
                + "\"message\":\"This charge has been disputed and cannot be refunded.\"}}");
    }

    public static void refundUnavailable(String paymentIntentId) {
        refundAnswers(paymentIntentId, 503, "{\"error\":{\"type\":\"api_error\",\"message\":\"Service unavailable\"}}");
    }

    public static void refundSucceeds(String paymentIntentId, String refundId) {
        refundAnswers(paymentIntentId, 200, "{\"id\":\"" + refundId + "\",\"object\":\"refund\",\"status\":\"succeeded\"}");
    }

    private static MappingBuilder createIntent(Object enrollmentId) {
        return post(urlEqualTo("/v1/payment_intents")).atPriority(1).withFormParam("metadata[orderId]", equalTo(enrollmentId.toString()));
    }

    private static ResponseDefinitionBuilder error(int status, String error) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody("{\"error\":" + error + "}");
    }

    // ---- the journal ----

    /** The payment methods the double keeps (attached to whom, and what each attach answered). */
    public static StripePaymentMethods paymentMethods() {
        server();
        return PAYMENT_METHODS;
    }

    /** PaymentIntent creations sent for an enrollment, oldest first. */
    public static List<LoggedRequest> intentCreations(Object enrollmentId) {
        return server().findAll(postRequestedFor(urlEqualTo("/v1/payment_intents"))
                .withFormParam("metadata[orderId]", equalTo(enrollmentId.toString())));
    }

    /** Refund creations sent for a PaymentIntent. */
    public static List<LoggedRequest> refunds(String paymentIntentId) {
        return server().findAll(postRequestedFor(urlEqualTo("/v1/refunds")).withFormParam("payment_intent", equalTo(paymentIntentId)));
    }

    public static Map<String, String> form(LoggedRequest request) {
        return request.getFormParameters().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().firstValue()));
    }

    // ---- webhooks ----

    /** A Stripe event whose {@code data.object} is {@code objectJson}, rendered with stripe-java's API version. */
    public static String event(String type, String objectJson) {
        return "{\"id\":\"evt_" + UUID.randomUUID().toString().replace("-", "") + "\",\"object\":\"event\",\"api_version\":\"" + Stripe.API_VERSION
                + "\",\"created\":" + (System.currentTimeMillis() / 1000) + ",\"livemode\":false,\"pending_webhooks\":1,\"type\":\"" + type
                + "\",\"data\":{\"object\":" + objectJson + "}}";
    }

    /** The {@code Stripe-Signature} header for {@code payload} signed at {@code timestamp} (epoch seconds) with {@code secret}. */
    public static String signature(String payload, long timestamp, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 = HexFormat.of().formatHex(mac.doFinal((timestamp + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + timestamp + ",v1=" + v1;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signed now with the server's webhook secret. */
    public static String signature(String payload) {
        return signature(payload, System.currentTimeMillis() / 1000, TestEnv.stripeWebhookSecret());
    }
}
