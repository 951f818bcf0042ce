package com.edutrack.tutoring.payments;

import java.util.Optional;

import com.edutrack.platform.config.AppConfig;

/**
 * What the gateway needs from the configuration. Absent keys mean payments are off: the server
 * still starts and the payment routes answer 503 {@code errMsg_PaymentsNotConfigured}.
 */
public record StripeSettings(String secretKey, String publishableKey, String webhookSecret, String apiBase,
                             int timeoutSeconds, int maxNetworkRetries) {

    public static StripeSettings from(AppConfig config) {
        return new StripeSettings(config.stripeSecretKey().orElse(null), config.stripePublishableKey().orElse(null),
                config.stripeWebhookSecret().orElse(null), config.stripeApiBase().orElse(null),
                config.stripeTimeoutSeconds(), config.stripeMaxNetworkRetries());
    }

    /** No keys at all (the development default). */
    public static StripeSettings none() {
        return new StripeSettings(null, null, null, null, 20, 2);
    }

    /** AppConfig only accepts the three keys together, so one of them stands for all. */
    public boolean configured() {
        return secretKey != null && webhookSecret != null && publishableKey != null;
    }

    public Optional<String> base() {
        return Optional.ofNullable(apiBase);
    }
}
