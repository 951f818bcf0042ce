package com.edutrack.tutoring.payments;

import java.time.Duration;
import java.util.regex.Pattern;

import com.stripe.exception.ApiConnectionException;
import com.stripe.net.HttpURLConnectionClient;
import com.stripe.net.StripeRequest;
import com.stripe.net.StripeResponse;
import jakarta.enterprise.inject.spi.CDI;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * stripe-java's own HTTP client, timing every attempt it sends (retries included) for
 * {@code /metrics}: {@code edutrack_stripe_call_seconds} by operation, and
 * {@code edutrack_stripe_errors_total} by operation and kind (the HTTP status of a Stripe error,
 * or {@code network} for a timeout or refused connection). The operation is the method and path
 * with Stripe's object ids replaced by {@code {id}}, so series stay few.
 */
final class MeteredStripeHttpClient extends HttpURLConnectionClient {
    private static final Metadata CALLS = Metadata.builder().withName("edutrack.stripe.call")
            .withDescription("Time of each request sent to Stripe, by operation").build();
    private static final Metadata ERRORS = Metadata.builder().withName("edutrack.stripe.errors")
            .withDescription("Requests to Stripe that failed, by operation and kind (HTTP status or network)").build();
    private static final Pattern RESOURCE = Pattern.compile("[a-z_]+|v1");

    private final MetricRegistry metrics;

    private MeteredStripeHttpClient(MetricRegistry metrics) {
        this.metrics = metrics;
    }

    /** The metered client, or stripe-java's plain one where no metric registry is at hand (outside the server). */
    static HttpURLConnectionClient create() {
        try {
            return new MeteredStripeHttpClient(CDI.current().select(StripeMetrics.class).get().registry());
        } catch (RuntimeException | LinkageError e) {
            return new HttpURLConnectionClient();
        }
    }

    @Override
    public StripeResponse request(StripeRequest request) throws ApiConnectionException {
        String operation = operation(request);
        long started = System.nanoTime();
        try {
            StripeResponse response = super.request(request);
            if (response.code() >= 400) {
                metrics.counter(ERRORS, new Tag("operation", operation), new Tag("kind", Integer.toString(response.code()))).inc();
            }
            return response;
        } catch (ApiConnectionException | RuntimeException e) {
            metrics.counter(ERRORS, new Tag("operation", operation), new Tag("kind", "network")).inc();
            throw e;
        } finally {
            metrics.timer(CALLS, new Tag("operation", operation)).update(Duration.ofNanos(System.nanoTime() - started));
        }
    }

    static String operation(StripeRequest request) {
        StringBuilder path = new StringBuilder();
        for (String segment : request.url().getPath().split("/")) {
            if (!segment.isEmpty()) {
                path.append('/').append(RESOURCE.matcher(segment).matches() ? segment : "{id}");
            }
        }
        return request.method().name() + " " + path;
    }
}
