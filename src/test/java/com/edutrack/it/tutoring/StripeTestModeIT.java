package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import com.edutrack.support.StripePaymentMethods.Attached;
import com.edutrack.support.TestEnv;
import io.restassured.response.Response;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/**
 * Stripe as its test mode behaves: a test token such as pm_card_visa becomes a new PaymentMethod
 * at each attach (so any number of students pay with it), the attached id is the one stored and
 * charged, and webhook news of a PaymentIntent this server did not make for the enrollment, or of
 * another amount or currency, changes nothing and is recorded as ignored.
 */
class StripeTestModeIT {

    private static String customer(Account student) {
        return "cus_user-" + student.uuid() + "-customer";
    }

    /** Creating this enrollment's PaymentIntent answers {@code status}, naming the PaymentMethod it was asked to charge, as Stripe does. */
    private static void intentChargingTheSentMethod(String enrollmentId, String status) {
        String json = StripeDouble.intentJson(enrollmentId, 1, status, 12050, "USD")
                .replace("\"object\":\"payment_intent\",", "\"object\":\"payment_intent\",\"payment_method\":\"{{form.payment_method}}\",");
        StripeDouble.server().stubFor(post(urlEqualTo("/v1/payment_intents")).atPriority(1).withFormParam("metadata[orderId]", equalTo(enrollmentId))
                .willReturn(okJson("{{formData request.body 'form' urlDecode=true}}" + json).withTransformers("response-template")));
    }

    @Test
    void twoStudentsPayWithPmCardVisaEachChargedTheMethodStripeAttached() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 2, false);
        Account first = Fixtures.student();
        Account second = Fixtures.student();
        String firstEnrollment = Tutoring.enroll(first, pack, pack.slotIds().subList(0, 1));
        String secondEnrollment = Tutoring.enroll(second, pack, pack.slotIds().subList(1, 2));
        intentChargingTheSentMethod(firstEnrollment, "succeeded");
        intentChargingTheSentMethod(secondEnrollment, "succeeded");

        ok(Payments.start(first, firstEnrollment, "pm_card_visa"), 200, "enrollment").body("enrollment.paymentStatus", Matchers.equalTo("paid"));
        ok(Payments.start(second, secondEnrollment, "pm_card_visa"), 200, "enrollment").body("enrollment.paymentStatus", Matchers.equalTo("paid"))
                .body("enrollment.enrollmentStatus", Matchers.equalTo("active"));

        String firstMethod = attachedOnce(first);
        String secondMethod = attachedOnce(second);
        assertNotEquals(firstMethod, secondMethod, "each attach of the test token made its own PaymentMethod");
        for (Object[] paid : new Object[][] {{first, firstEnrollment, firstMethod}, {second, secondEnrollment, secondMethod}}) {
            Account student = (Account) paid[0];
            String enrollment = (String) paid[1];
            String method = (String) paid[2];
            assertEquals(method, StripeDouble.form(StripeDouble.intentCreations(enrollment).get(0)).get("payment_method"), "charged");
            assertEquals(List.of(method), Db.rows("select payment_method_id from sys_payment_methods where user_id = ?", student.uuid()).stream()
                    .map(r -> r.get("payment_method_id")).toList(), "recorded as the student's card");
            Map<String, Object> intent = Db.rows("select * from stripe_payment_intents where enrollment_id = ?", UUID.fromString(enrollment)).get(0);
            assertEquals(StripeDouble.intentId(enrollment, 1), intent.get("payment_intent_id"));
            assertEquals(method, intent.get("payment_method_id"), "the PaymentMethod the PaymentIntent names");
            assertEquals(12050L, ((Number) intent.get("amount_minor")).longValue());
        }
    }

    /** The one attach made for the student's customer: the test token went in, a new PaymentMethod id came back. */
    private static String attachedOnce(Account student) {
        List<Attached> attached = StripeDouble.paymentMethods().attachedFor(customer(student));
        assertEquals(1, attached.size(), attached.toString());
        assertEquals("pm_card_visa", attached.get(0).requested());
        assertTrue(attached.get(0).paymentMethodId().startsWith("pm_1"), attached.get(0).paymentMethodId());
        return attached.get(0).paymentMethodId();
    }

    @Test
    void aCardAttachedToAnotherCustomerIsRefusedByStripesOwnership() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 2, false);
        Account owner = Fixtures.student();
        Account other = Fixtures.student();
        String card = Payments.card();
        String paid = Tutoring.enroll(owner, pack, pack.slotIds().subList(0, 1));
        StripeDouble.paymentIntent(paid, 1, "succeeded", 12050, "USD");
        ok(Payments.start(owner, paid, card), 200, "enrollment").body("enrollment.paymentStatus", Matchers.equalTo("paid"));

        String refused = Tutoring.enroll(other, pack, pack.slotIds().subList(1, 2));
        err(Payments.start(other, refused, card), 400, "errMsg_PaymentMethodIsNotValid");
        assertEquals(0, StripeDouble.intentCreations(refused).size(), "nothing charged");
        assertEquals(0, Db.count("select count(*) from sys_payment_methods where user_id = ?", other.uuid()));
        assertEquals("pending", Payments.enrollmentRow(refused).get("payment_status"));
    }

    @Test
    void newsOfAForeignPaymentIntentOrAnotherAmountOrCurrencyChangesNothing() throws Exception {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 2, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds().subList(0, 1));
        StripeDouble.paymentIntent(id, 1, "requires_action", 12050, "USD");
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentConfirmation", Matchers.equalTo("processing"));
        String otherEnrollment = Payments.paidEnrollment(Fixtures.student(), pack, pack.slotIds().subList(1, 2));
        String ours = StripeDouble.intentId(id, 1);

        String foreignIntent = StripeDouble.intentJson(id, 1, "succeeded", 12050, "USD").replace(ours, "pi_made_elsewhere_" + UUID.randomUUID());
        String otherEnrollmentsIntent = StripeDouble.intentJson(otherEnrollment, 1, "succeeded", 12050, "USD").replace(otherEnrollment, id);
        Map<String, String> refusals = Map.of(
                foreignIntent, "was not created by this server",
                StripeDouble.intentJson(id, 1, "succeeded", 1, "USD"), "is for 1 usd, not the 12050 USD asked",
                StripeDouble.intentJson(id, 1, "succeeded", 12050, "EUR"), "is for 12050 eur, not the 12050 USD asked",
                otherEnrollmentsIntent, "is not enrollment " + otherEnrollment);
        for (Map.Entry<String, String> refusal : refusals.entrySet()) {
            String event = StripeDouble.event("payment_intent.succeeded", refusal.getKey());
            String eventId = event.substring(7, event.indexOf('"', 7));
            ok(Payments.webhook(event), 200, "webhookEvent").body("webhookEvent.outcome", Matchers.equalTo("ignored"));
            Map<String, Object> row = Db.rows("select * from stripe_webhook_events where event_id = ?", eventId).get(0);
            assertEquals("ignored", row.get("outcome"));
            assertTrue(row.get("reason").toString().contains(refusal.getValue()), row.get("reason") + " / " + refusal.getValue());
            assertTrue(Files.readString(TestEnv.serverLog()).contains("Stripe event " + eventId + " (payment_intent.succeeded) ignored"), "logged");
            ok(Payments.webhook(event), 200, "webhookEvent").body("webhookEvent.outcome", Matchers.equalTo("duplicate"));
        }
        String foreignRefund = "{\"id\":\"ch_elsewhere\",\"object\":\"charge\",\"payment_intent\":\"pi_made_elsewhere\",\"amount\":12050,"
                + "\"amount_refunded\":12050,\"refunded\":true,\"metadata\":{\"orderId\":\"" + otherEnrollment + "\"}}";
        ok(Payments.webhook(StripeDouble.event("charge.refunded", foreignRefund)), 200, "webhookEvent").body("webhookEvent.outcome", Matchers.equalTo("ignored"));

        Map<String, Object> enrollment = Payments.enrollmentRow(id);
        assertEquals("pending", enrollment.get("enrollment_status"));
        assertEquals("processing", enrollment.get("payment_confirmation"));
        assertEquals("requires_action", Payments.paymentRow(id).get("payment_status"));
        assertEquals("paid", Payments.enrollmentRow(otherEnrollment).get("payment_status"));
        assertEquals("active", Payments.enrollmentRow(otherEnrollment).get("enrollment_status"));
        assertEquals(0, Payments.notifications(student, "tutoring_enrollment_confirmed", id));

        // A refresh that finds another amount at Stripe is not applied either; the real news still is.
        StripeDouble.retrieve(id, 1, "succeeded", 100, "USD");
        Response refreshed = com.edutrack.support.Api.as(student).patch("/v1/refreshenrollmentpayment/" + id);
        err(refreshed, 409, "errMsg_PaymentNotRecognized");
        assertEquals("pending", Payments.enrollmentRow(id).get("enrollment_status"));
        ok(Payments.webhook(StripeDouble.event("payment_intent.succeeded", StripeDouble.intentJson(id, 1, "succeeded", 12050, "USD"))), 200, "enrollment")
                .body("webhookEvent.outcome", Matchers.equalTo("applied")).body("enrollment.enrollmentStatus", Matchers.equalTo("active"));
    }
}
