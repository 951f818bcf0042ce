package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Stripe's webhook: signatures, each handled event type, duplicates, and the race with the pending cleanup. */
class WebhookIT {

    /** A pending enrollment whose payment waits for 3-D Secure (PaymentIntent attempt 1 requires_action). */
    private static String processing(Account student, Pack pack, List<String> slots) {
        String id = Tutoring.enroll(student, pack, slots);
        StripeDouble.paymentIntent(id, 1, "requires_action", 12050, "USD");
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentConfirmation", equalTo("processing"));
        return id;
    }

    private static String intentEvent(String type, String enrollmentId, String status) {
        return StripeDouble.event(type, StripeDouble.intentJson(enrollmentId, 1, status, 12050, "USD"));
    }

    private static long webhookRows(String enrollmentId) {
        return Db.count("select count(*) from stripe_webhook_events where enrollment_id = ?", UUID.fromString(enrollmentId));
    }

    @Test
    void badMissingOrStaleSignaturesChangeNothing() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = processing(student, pack, pack.slotIds());
        String payload = intentEvent("payment_intent.succeeded", id, "succeeded");
        long now = System.currentTimeMillis() / 1000;

        err(Api.anonymous().body(payload).post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureMissing");
        err(Api.anonymous().header("Stripe-Signature", StripeDouble.signature(payload, now, "whsec_not_ours")).body(payload)
                .post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureInvalid");
        err(Api.anonymous().header("Stripe-Signature", StripeDouble.signature(payload, now - 301, TestEnv.stripeWebhookSecret())).body(payload)
                .post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureInvalid");
        err(Api.anonymous().header("Stripe-Signature", StripeDouble.signature(payload)).body(payload.replace("succeeded", "canceled"))
                .post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureInvalid");
        err(Api.anonymous().header("Stripe-Signature", "garbage").body(payload).post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureInvalid");
        assertEquals("pending", Payments.enrollmentRow(id).get("enrollment_status"));
        assertEquals("processing", Payments.enrollmentRow(id).get("payment_confirmation"));
        assertEquals(0, webhookRows(id));

        // A signed-in browser gets no pass either: the signature is the only credential (and no CSRF check applies).
        err(Api.as(student).header("Origin", "https://evil.example").body(payload).post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureMissing");
        ok(Api.anonymous().header("Origin", "https://evil.example").header("Stripe-Signature", StripeDouble.signature(payload)).body(payload)
                .post("/v1/callbackenrollmentpayment"), 200, "enrollment").body("enrollment.enrollmentStatus", equalTo("active"));
    }

    @Test
    void unknownTypesAndForeignObjectsAreAcknowledgedAndIgnored() {
        ok(Payments.webhook(StripeDouble.event("customer.created", "{\"id\":\"cus_1\",\"object\":\"customer\"}")), 200, "webhookEvent")
                .body("webhookEvent.type", equalTo("customer.created")).body("webhookEvent.outcome", equalTo("ignored"));
        ok(Payments.webhook(StripeDouble.event("payment_intent.succeeded", StripeDouble.intentJson(UUID.randomUUID(), 1, "succeeded", 1, "usd"))),
                200, "webhookEvent").body("webhookEvent.outcome", equalTo("ignored"));
    }

    @Test
    void succeededActivatesAndNotifiesOnceEvenWhenDeliveredTwice() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = processing(student, pack, pack.slotIds());
        String payload = intentEvent("payment_intent.succeeded", id, "succeeded");

        ok(Payments.webhook(payload), 200, "enrollment").body("method", equalTo("POST"))
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.enrollmentStatus", equalTo("active"))
                .body("enrollment.paymentConfirmation", equalTo("paid")).body("paymentResult.statusLiteral", equalTo("paid"))
                .body("webhookEvent.outcome", equalTo("applied"));
        ok(Payments.webhook(payload), 200, "enrollment").body("webhookEvent.outcome", equalTo("duplicate"));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'active'", UUID.fromString(id)));
        assertEquals(1, webhookRows(id));
        assertEquals("succeeded", Payments.paymentRow(id).get("payment_status"));
    }

    @Test
    void aDuplicateDeliveredConcurrentlyActsOnce() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = processing(student, pack, pack.slotIds());
        String payload = intentEvent("payment_intent.succeeded", id, "succeeded");
        String signature = StripeDouble.signature(payload);
        ExecutorService pool = Executors.newFixedThreadPool(5);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(pool.submit(() -> {
                go.await();
                return Api.anonymous().header("Stripe-Signature", signature).body(payload).post("/v1/callbackenrollmentpayment");
            }));
        }
        go.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<Response> call : calls) {
            Response r = call.get();
            assertEquals(200, r.statusCode(), r.asString());
            outcomes.add(r.jsonPath().getString("webhookEvent.outcome"));
        }
        pool.shutdown();
        assertEquals(1, outcomes.stream().filter("applied"::equals).count(), outcomes.toString());
        assertEquals(4, outcomes.stream().filter("duplicate"::equals).count(), outcomes.toString());
        assertEquals(1, webhookRows(id));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'active'", UUID.fromString(id)));
        assertEquals(1, Db.count("select count(*) from notifications where user_id = ? and notification_type = 'tutoring_enrollment_confirmed'", student.userId()));
    }

    @Test
    void paymentFailedAndCanceledMarkThePaymentCanceledButNeverUndoAPayment() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 3, false);
        Account student = Fixtures.student();
        String failed = processing(student, pack, pack.slotIds().subList(0, 1));
        ok(Payments.webhook(intentEvent("payment_intent.payment_failed", failed, "requires_payment_method")), 200, "enrollment")
                .body("enrollment.paymentConfirmation", equalTo("canceled")).body("enrollment.enrollmentStatus", equalTo("pending"))
                .body("paymentResult.statusLiteral", equalTo("failed"));

        Pack second = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String canceled = processing(Fixtures.student(), second, second.slotIds());
        ok(Payments.webhook(intentEvent("payment_intent.canceled", canceled, "canceled")), 200, "enrollment")
                .body("enrollment.paymentConfirmation", equalTo("canceled")).body("paymentResult.statusLiteral", equalTo("canceled"));

        // A failure arriving after the success (out of order) does not move the paid enrollment back.
        Pack third = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String paid = Payments.paidEnrollment(Fixtures.student(), third, third.slotIds());
        ok(Payments.webhook(intentEvent("payment_intent.payment_failed", paid, "requires_payment_method")), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.paymentConfirmation", equalTo("paid"))
                .body("paymentResult.statusLiteral", equalTo("paid"));
    }

    @Test
    void succeededAfterARefundDoesNotReviveTheEnrollment() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        ok(Api.as(Fixtures.siteOwner()).body(Map.of("enrollmentId", id, "reason", "tutor left")).post("/v1/adminrefundenrollment"), 201, "refundRequest");
        assertEquals("refunded", Payments.enrollmentRow(id).get("payment_status"));

        ok(Payments.webhook(intentEvent("payment_intent.succeeded", id, "succeeded")), 200, "enrollment")
                .body("enrollment.enrollmentStatus", equalTo("canceled")).body("enrollment.paymentStatus", equalTo("refunded"))
                .body("paymentResult.statusLiteral", equalTo("refunded"));
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(0)));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
        assertEquals(1, StripeDouble.refunds(StripeDouble.intentId(id, 1)).size(), "no second refund");
    }

    @Test
    void chargeRefundedAtStripeCancelsAndRecordsTheRefund() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        String pi = StripeDouble.intentId(id, 1);
        String charge = "{\"id\":\"ch_" + pi.substring(3) + "\",\"object\":\"charge\",\"payment_intent\":\"" + pi
                + "\",\"amount\":12050,\"amount_refunded\":12050,\"refunded\":true,\"metadata\":{}}";
        ok(Payments.webhook(StripeDouble.event("charge.refunded", charge)), 200, "enrollment")
                .body("enrollment.enrollmentStatus", equalTo("canceled")).body("enrollment.paymentStatus", equalTo("refunded"))
                .body("enrollment.refundStatus", equalTo("processed"));
        pack.slotIds().forEach(s -> assertEquals("available", Tutoring.slotStatus(s)));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
        assertEquals(1, Payments.notifications(pack.tutor().account(), "tutoring_enrollment_canceled", id));
        assertEquals(0, StripeDouble.refunds(pi).size(), "the refund was made at Stripe, not by us");
    }

    @Test
    void refundNewsConfirmsAPendingRequestOrReopensAFailedOne() {
        // A student refund whose Stripe call got no answer stays pending; refund.updated (succeeded) settles it.
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Payments.paidEnrollment(student, pack, pack.slotIds());
        String pi = StripeDouble.intentId(id, 1);
        Payments.complete(pack, pack.slotIds().subList(0, 1));
        StripeDouble.refundUnavailable(pi);
        String request = ok(Api.as(student).body(Map.of("enrollmentId", id, "reason", "moving abroad")).post("/v1/refundrequests"), 201, "refundRequest")
                .body("refundRequest.status", equalTo("pending")).extract().path("refundRequest.id");
        assertEquals("eligible", Payments.enrollmentRow(id).get("refund_status"));
        String refund = "{\"id\":\"re_late_" + pi.substring(3) + "\",\"object\":\"refund\",\"status\":\"succeeded\",\"amount\":6025,\"payment_intent\":\""
                + pi + "\",\"metadata\":{\"orderId\":\"" + id + "\",\"refundRequestId\":\"" + request + "\"}}";
        ok(Payments.webhook(StripeDouble.event("refund.updated", refund)), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("refunded")).body("enrollment.enrollmentStatus", equalTo("canceled"));
        ok(Api.as(student).get("/v1/refundrequests/" + request), 200, "refundRequest").body("refundRequest.status", equalTo("autoApproved"));
        assertEquals("available", Tutoring.slotStatus(pack.slotIds().get(1)));
        assertEquals("completed", Tutoring.slotStatus(pack.slotIds().get(0)));

        // refund.failed after a processed refund: the money is owed again, the request waits for an admin.
        Pack other = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account second = Fixtures.student();
        String paid = Payments.paidEnrollment(second, other, other.slotIds());
        Payments.complete(other, other.slotIds().subList(0, 1));
        String otherPi = StripeDouble.intentId(paid, 1);
        StripeDouble.refundSucceeds(otherPi, "re_will_fail_" + otherPi.substring(3));
        String request2 = ok(Api.as(second).body(Map.of("enrollmentId", paid, "reason", "schedule")).post("/v1/refundrequests"), 201, "refundRequest")
                .body("refundRequest.status", equalTo("autoApproved")).extract().path("refundRequest.id");
        String failed = "{\"id\":\"re_will_fail_" + otherPi.substring(3) + "\",\"object\":\"refund\",\"status\":\"failed\",\"failure_reason\":\"expired_or_canceled_card\","
                + "\"amount\":6025,\"payment_intent\":\"" + otherPi + "\",\"metadata\":{\"orderId\":\"" + paid + "\",\"refundRequestId\":\"" + request2 + "\"}}";
        ok(Payments.webhook(StripeDouble.event("refund.failed", failed)), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.refundStatus", equalTo("eligible"))
                .body("enrollment.enrollmentStatus", equalTo("canceled"));
        ok(Api.as(second).get("/v1/refundrequests/" + request2), 200, "refundRequest").body("refundRequest.status", equalTo("pending"))
                .body("refundRequest.adminNote", org.hamcrest.Matchers.containsString("expired_or_canceled_card"));
        // The admin's retry goes out under a new idempotency key (Stripe would replay the failed refund for the old one).
        StripeDouble.refundSucceeds(otherPi, "re_retry_" + otherPi.substring(3));
        ok(Api.as(Fixtures.siteOwner()).body(Map.of("status", "approved", "adminNote", "retry")).patch("/v1/refundrequests/" + request2), 200, "refundRequest")
                .body("refundRequest.status", equalTo("approved"));
        assertEquals(List.of("refundrequest-" + request2 + "-1", "refundrequest-" + request2 + "-2"),
                StripeDouble.refunds(otherPi).stream().map(r -> r.getHeader("Idempotency-Key")).toList());
        assertEquals("refunded", Payments.enrollmentRow(paid).get("payment_status"));
    }

    @Test
    void cleanupFirstThenLatePaymentKeepsTheCancelAndRefundsTheMoney() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = processing(student, pack, pack.slotIds());
        Db.update("update enrollments set created_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(3 * 3600)), UUID.fromString(id));
        Account admin = Fixtures.siteOwner();
        ok(Api.as(admin).body(Map.of("maxAgeMinutes", 60)).post("/v1/cleanuppendingenrollments"), 200, "enrollments");
        assertEquals("canceled", Tutoring.enrollmentStatus(id));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_canceled", id));
        // The freed slot is booked by someone else before Stripe's late success arrives.
        String other = Tutoring.enroll(Fixtures.student(), pack, pack.slotIds());

        ok(Payments.webhook(intentEvent("payment_intent.succeeded", id, "succeeded")), 200, "enrollment")
                .body("enrollment.enrollmentStatus", equalTo("canceled")).body("enrollment.paymentStatus", equalTo("refunded"))
                .body("enrollment.refundStatus", equalTo("processed"));
        assertEquals("booked", Tutoring.slotStatus(pack.slotIds().get(0)));
        assertEquals("pending", Tutoring.enrollmentStatus(other));
        assertEquals(1, StripeDouble.refunds(StripeDouble.intentId(id, 1)).size());
        assertEquals("enrollment-" + id + "-refund-1", StripeDouble.refunds(StripeDouble.intentId(id, 1)).get(0).getHeader("Idempotency-Key"));
        assertEquals(0, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
        assertEquals(1, Payments.notifications(student, "tutoring_refund_processed", id));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'canceled' and from_status = 'pending'", UUID.fromString(id)));
    }

    @Test
    void cleanupRacingLatePaymentsEndsInOneStatePerEnrollment() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 6, false);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String id = processing(Fixtures.student(), pack, pack.slotIds().subList(i, i + 1));
            Db.update("update enrollments set created_at = ? where id = ?", Timestamp.from(Instant.now().minusSeconds(3 * 3600)), UUID.fromString(id));
            ids.add(id);
        }
        Account admin = Fixtures.siteOwner();
        Api.token(admin);
        ExecutorService pool = Executors.newFixedThreadPool(7);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> calls = new ArrayList<>();
        calls.add(pool.submit(() -> {
            go.await();
            return Api.as(admin).post("/v1/runpendingcleanuptimer");
        }));
        for (String id : ids) {
            String payload = intentEvent("payment_intent.succeeded", id, "succeeded");
            String signature = StripeDouble.signature(payload);
            calls.add(pool.submit(() -> {
                go.await();
                return Api.anonymous().header("Stripe-Signature", signature).body(payload).post("/v1/callbackenrollmentpayment");
            }));
        }
        go.countDown();
        for (Future<Response> call : calls) {
            assertEquals(200, call.get().statusCode(), call.get().asString());
        }
        pool.shutdown();
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            Map<String, Object> row = Payments.enrollmentRow(id);
            String slot = Tutoring.slotStatus(pack.slotIds().get(i));
            long canceledAudits = Db.count("select count(*) from enrollment_audit where enrollment_id = ? and from_status = 'pending' and to_status = 'canceled'", UUID.fromString(id));
            long refunds = StripeDouble.refunds(StripeDouble.intentId(id, 1)).size();
            if ("active".equals(row.get("enrollment_status"))) {
                // The payment won: the cleanup found it paid and left it.
                assertEquals("paid", row.get("payment_status"));
                assertEquals("booked", slot);
                assertEquals(0, canceledAudits);
                assertEquals(0, refunds);
            } else {
                // The cleanup won: canceled once, slot freed once, the late payment refunded.
                assertEquals("canceled", row.get("enrollment_status"));
                assertEquals("refunded", row.get("payment_status"));
                assertEquals("processed", row.get("refund_status"));
                assertEquals("available", slot);
                assertEquals(1, canceledAudits);
                assertEquals(1, refunds);
            }
        }
        assertTrue(ids.stream().allMatch(id -> webhookRows(id) == 1));
    }
}
