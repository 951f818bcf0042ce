package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.ok;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.Metrics;
import com.edutrack.support.StripeDouble;
import com.edutrack.support.TestEnv;
import org.junit.jupiter.api.Test;

/** Every request sent to Stripe is timed at /metrics by operation; a refused one is also counted as an error with its status. */
class PaymentMetricsIT {
    static final String CREATE = "POST /v1/payment_intents";

    @Test
    void stripeCallsAreTimedAndErrorsCounted() {
        String base = TestEnv.baseUrl();
        double calls = Metrics.value(base, "edutrack_stripe_call_seconds_count", "operation", CREATE);
        double declined = Metrics.value(base, "edutrack_stripe_errors_total", "operation", CREATE, "kind", "402");
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.declined(id, 1);
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("paymentResult.success", equalTo(false));
        StripeDouble.paymentIntent(id, 2, "succeeded", Payments.minor(pack), pack.currency());
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));

        assertEquals(calls + 2, Metrics.value(base, "edutrack_stripe_call_seconds_count", "operation", CREATE), 0.001);
        assertEquals(declined + 1, Metrics.value(base, "edutrack_stripe_errors_total", "operation", CREATE, "kind", "402"), 0.001);
        assertTrue(Metrics.value(base, "edutrack_stripe_call_seconds_count", "operation", "GET /v1/payment_methods/{id}") >= 2,
                "ids in paths are folded into {id}");
    }
}
