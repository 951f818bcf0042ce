package com.edutrack.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.FormParameter;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

/**
 * Payment methods as Stripe's test mode keeps them, for the Stripe double: retrieving one tells
 * the customer it is attached to (none until attached); attaching a test token such as
 * {@code pm_card_visa} creates a NEW PaymentMethod with its own id each time (as it does for a
 * card that was used once without a customer); attaching any other id attaches that object, and
 * attaching one that is another customer's is refused. A repeated Idempotency-Key replays the
 * first answer, as Stripe does.
 */
public final class StripePaymentMethods implements ResponseDefinitionTransformerV2 {
    public static final String NAME = "stripe-payment-methods";
    /** Stripe's documented test PaymentMethod tokens (a few of them). */
    private static final Set<String> TEST_TOKENS = Set.of("pm_card_visa", "pm_card_visa_debit", "pm_card_mastercard", "pm_card_mastercard_debit",
            "pm_card_mastercard_prepaid", "pm_card_amex", "pm_card_discover", "pm_card_diners", "pm_card_jcb", "pm_card_unionpay");

    private final Map<String, String> customerOf = new ConcurrentHashMap<>();
    private final Map<String, String> replays = new ConcurrentHashMap<>();
    /** Every attach answered: which id was asked for, which PaymentMethod came back, for which customer. */
    private final List<Attached> attached = new CopyOnWriteArrayList<>();

    public record Attached(String requested, String paymentMethodId, String customer) {
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        LoggedRequest request = event.getRequest();
        String[] segments = request.getUrl().split("\\?")[0].split("/");
        String id = segments[3];
        if (!request.getUrl().contains("/attach")) {
            return card(id, customerOf.get(id));
        }
        String customer = form(request, "customer");
        String key = request.getHeader("Idempotency-Key");
        String replay = key == null ? null : replays.get(key);
        if (replay != null) {
            return card(replay, customerOf.get(replay));
        }
        String result;
        if (TEST_TOKENS.contains(id)) {
            result = "pm_1" + UUID.randomUUID().toString().replace("-", "").substring(0, 22);
        } else {
            String owner = customerOf.get(id);
            if (owner != null && !owner.equals(customer)) {
                return aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                        .withBody("{\"error\":{\"type\":\"invalid_request_error\",\"code\":\"payment_method_unexpected_state\","
                                + "\"message\":\"The payment method you provided has already been attached to a customer.\"}}").build();
            }
            result = id;
        }
        customerOf.put(result, customer);
        if (key != null) {
            replays.put(key, result);
        }
        attached.add(new Attached(id, result, customer));
        return card(result, customer);
    }

    /** The attaches answered for a customer, oldest first. */
    public List<Attached> attachedFor(String customer) {
        return attached.stream().filter(a -> a.customer().equals(customer)).toList();
    }

    private static String form(LoggedRequest request, String name) {
        FormParameter value = request.formParameters().get(name);
        return value == null ? null : value.firstValue();
    }

    private static ResponseDefinition card(String id, String customer) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(
                "{\"id\":\"" + id + "\",\"object\":\"payment_method\",\"type\":\"card\",\"customer\":" + (customer == null ? "null" : "\"" + customer + "\"")
                        + ",\"billing_details\":{\"name\":\"Card Holder\",\"address\":{\"postal_code\":\"11511\"}},"
                        + "\"card\":{\"brand\":\"visa\",\"last4\":\"4242\",\"exp_month\":12,\"exp_year\":2034,\"funding\":\"credit\",\"country\":\"EG\"}}")
                .build();
    }
}
