package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.ok;
import static org.hamcrest.Matchers.equalTo;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import io.restassured.response.Response;

/** Payment fixtures over HTTP against the Stripe double: paid enrollments, completed lessons, signed webhooks. */
final class Payments {
    private Payments() {
    }

    static long minor(Pack pack) {
        int decimals = pack.currency().equals("JPY") ? 0 : 2;
        return pack.price().movePointRight(decimals).longValueExact();
    }

    /** A fresh payment method id: Stripe makes a new PaymentMethod per card entry, and one belongs to one customer. */
    static String card() {
        return "pm_card_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
    }

    static Response start(Account student, String enrollmentId, String paymentMethod) {
        return Api.as(student).body(Map.of("paymentUserParams", Map.of("paymentMethodId", paymentMethod))).patch("/v1/startenrollmentpayment/" + enrollmentId);
    }

    /** Books the given slots and pays through the Stripe double: an active, paid enrollment. */
    static String paidEnrollment(Account student, Pack pack, List<String> slots) {
        String id = Tutoring.enroll(student, pack, slots);
        StripeDouble.paymentIntent(id, 1, "succeeded", minor(pack), pack.currency());
        ok(start(student, id, card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"))
                .body("enrollment.enrollmentStatus", equalTo("active"));
        return id;
    }

    /** The tutor holds the lesson of each given slot. */
    static void complete(Pack pack, List<String> slots) {
        for (String slot : slots) {
            ok(Api.as(pack.tutor().account()).post("/v1/completelessonslot/" + slot), 200, "lessonSlot");
        }
    }

    static Response webhook(String payload) {
        return Api.anonymous().header("Stripe-Signature", StripeDouble.signature(payload)).body(payload).post("/v1/callbackenrollmentpayment");
    }

    static Map<String, Object> enrollmentRow(String id) {
        return Db.rows("select payment_status, refund_status, enrollment_status, payment_confirmation, enrolled_at from enrollments where id = ?",
                UUID.fromString(id)).get(0);
    }

    static Map<String, Object> paymentRow(String enrollmentId) {
        return Db.rows("select * from sys_enrollment_payments where order_id = ?", UUID.fromString(enrollmentId)).get(0);
    }

    /** Notifications of a type a user has, over HTTP as that user, whose metadata names the enrollment. */
    static long notifications(Account user, String type, String enrollmentId) {
        List<Map<String, Object>> results = Api.as(user).get("/api/notifications?all=true&notification_type=" + type).jsonPath().getList("results");
        return results.stream().filter(n -> n.get("metadata") instanceof Map<?, ?> m && enrollmentId.equals(m.get("enrollmentId"))).count();
    }

    static BigDecimal decimal(Object value) {
        return new BigDecimal(value.toString());
    }
}
