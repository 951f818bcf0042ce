package com.edutrack.tutoring.payments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.MetricRegistry;

/** Holds the application's metric registry for {@link MeteredStripeHttpClient}, which stripe-java creates outside CDI. */
@ApplicationScoped
class StripeMetrics {
    @Inject
    MetricRegistry registry;

    MetricRegistry registry() {
        return registry;
    }
}
