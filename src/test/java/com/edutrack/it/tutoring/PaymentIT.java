package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import com.edutrack.support.TestEnv;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import org.junit.jupiter.api.Test;

/** Starting and refreshing card payments against the Stripe double. */
class PaymentIT {

    @Test
    void successfulPaymentActivatesTheEnrollmentAndStoresCustomerAndCard() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 2, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.paymentIntent(id, 1, "succeeded", 12050, "USD");
        String card = Payments.card();

        ok(Payments.start(student, id, card), 200, "enrollment").body("method", equalTo("PATCH")).body("action", equalTo("update"))
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.enrollmentStatus", equalTo("active"))
                .body("enrollment.paymentConfirmation", equalTo("paid")).body("enrollment.enrolledAt", notNullValue())
                .body("paymentResult.success", equalTo(true)).body("paymentResult.orderId", equalTo(id))
                .body("paymentResult.paymentId", equalTo(StripeDouble.intentId(id, 1))).body("paymentResult.paymentStatus", equalTo("succeeded"))
                .body("paymentResult.statusLiteral", equalTo("paid")).body("paymentResult.amount", equalTo(120.5f))
                .body("paymentResult.currency", equalTo("USD")).body("paymentResult.paymentIntentInfo.clientSecret", nullValue())
                .body("paymentResult.paymentUserParams.paymentMethodId", equalTo(card));

        List<LoggedRequest> sent = StripeDouble.intentCreations(id);
        assertEquals(1, sent.size());
        Map<String, String> form = StripeDouble.form(sent.get(0));
        assertEquals("12050", form.get("amount"));
        assertEquals("usd", form.get("currency"));
        assertEquals("true", form.get("confirm"));
        assertEquals(card, form.get("payment_method"));
        assertEquals("cus_user-" + student.uuid() + "-customer", form.get("customer"));
        assertEquals("enrollment-" + id + "-payment-1", sent.get(0).getHeader("Idempotency-Key"));
        assertEquals("Bearer " + "sk_test_edutrack_it", sent.get(0).getHeader("Authorization"));

        Map<String, Object> payment = Payments.paymentRow(id);
        assertEquals("succeeded", payment.get("payment_status"));
        assertEquals("paid", payment.get("status_literal"));
        assertEquals(student.uuid(), payment.get("owner_id"));
        assertEquals(1, ((Number) payment.get("attempt")).intValue());
        ok(Api.as(student).get("/v1/paymentcustomers/" + student.uuid()), 200, "sys_paymentCustomer")
                .body("sys_paymentCustomer.customerId", equalTo("cus_user-" + student.uuid() + "-customer"))
                .body("sys_paymentCustomer.platform", equalTo("stripe"));
        okList(Api.as(student).get("/v1/paymentcustomermethods/" + student.uuid()), "sys_paymentMethods")
                .body("sys_paymentMethods[0].paymentMethodId", equalTo(card))
                .body("sys_paymentMethods[0].cardInfo.brand", equalTo("visa")).body("sys_paymentMethods[0].cardInfo.last4", equalTo("4242"))
                .body("sys_paymentMethods[0].cardHolderName", equalTo("Card Holder"));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
        assertEquals(1, Db.count("select count(*) from enrollment_audit where enrollment_id = ? and to_status = 'active'", UUID.fromString(id)));

        // Paying twice is refused; a second enrollment reuses the customer and the stored card.
        err(Payments.start(student, id, card), 400, "errMsg_EnrollmentAlreadyPaid");
        Pack other = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String next = Tutoring.enroll(student, other, other.slotIds());
        StripeDouble.paymentIntent(next, 1, "succeeded", 12050, "USD");
        ok(Payments.start(student, next, card), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));
        assertEquals(1L, Db.count("select count(*) from sys_payment_customers where user_id = ?", student.uuid()));
        assertEquals(1L, Db.count("select count(*) from sys_payment_methods where user_id = ?", student.uuid()));
    }

    @Test
    void requiresActionReturnsTheClientSecretAndRefreshCompletesIt() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.paymentIntent(id, 1, "requires_action", 12050, "USD");

        ok(Payments.start(student, id, Payments.card()), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("pending")).body("enrollment.enrollmentStatus", equalTo("pending"))
                .body("enrollment.paymentConfirmation", equalTo("processing")).body("paymentResult.success", equalTo(false))
                .body("paymentResult.paymentIntentInfo.status", equalTo("requires_action"))
                .body("paymentResult.paymentIntentInfo.clientSecret", equalTo(StripeDouble.intentId(id, 1) + "_secret_abc"))
                .body("paymentResult.paymentIntentInfo.publishableKey", equalTo(TestEnv.stripePublishableKey()))
                .body("paymentResult.paymentIntentInfo.nextActionType", equalTo("use_stripe_sdk"));
        // While the card holder confirms, a second start would open a second charge: refused.
        err(Payments.start(student, id, Payments.card()), 409, "errMsg_PaymentInProgress");
        assertEquals(1, StripeDouble.intentCreations(id).size());

        StripeDouble.retrieve(id, 1, "succeeded", 12050, "USD");
        err(Api.as(Fixtures.student()).patch("/v1/refreshenrollmentpayment/" + id), 403, "errMsg_NotAllowed");
        ok(Api.as(student).patch("/v1/refreshenrollmentpayment/" + id), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("paid")).body("enrollment.enrollmentStatus", equalTo("active"))
                .body("paymentResult.success", equalTo(true)).body("paymentResult.paymentIntentInfo.clientSecret", nullValue());
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
        // A refresh of a settled payment changes nothing more.
        ok(Api.as(Fixtures.siteOwner()).patch("/v1/refreshenrollmentpayment/" + id), 200, "enrollment").body("enrollment.enrollmentStatus", equalTo("active"));
        assertEquals(1, Payments.notifications(student, "tutoring_enrollment_confirmed", id));
    }

    @Test
    void declinedCardLeavesTheEnrollmentPendingAndANewCardUsesTheNextAttempt() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.declined(id, 1);

        ok(Payments.start(student, id, Payments.card()), 200, "enrollment")
                .body("enrollment.paymentStatus", equalTo("pending")).body("enrollment.enrollmentStatus", equalTo("pending"))
                .body("enrollment.paymentConfirmation", equalTo("canceled")).body("paymentResult.success", equalTo(false))
                .body("paymentResult.statusLiteral", equalTo("failed")).body("paymentResult.paymentStatus", equalTo("requires_payment_method"))
                .body("paymentResult.paymentIntentInfo.errorCode", equalTo("card_declined"))
                .body("paymentResult.paymentIntentInfo.declineCode", equalTo("insufficient_funds"))
                .body("paymentResult.description", equalTo("Your card has insufficient funds."));
        assertEquals("booked", Tutoring.slotStatus(pack.slotIds().get(0)));

        StripeDouble.paymentIntent(id, 2, "succeeded", 12050, "USD");
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));
        List<LoggedRequest> sent = StripeDouble.intentCreations(id);
        assertEquals(List.of("enrollment-" + id + "-payment-1", "enrollment-" + id + "-payment-2"),
                sent.stream().map(r -> r.getHeader("Idempotency-Key")).toList());
        assertEquals(2, ((Number) Payments.paymentRow(id).get("attempt")).intValue());
        assertEquals(2L, Db.count("select count(*) from sys_payment_methods where user_id = ?", student.uuid()));
    }

    @Test
    void stripe500IsRetriedWithTheSameIdempotencyKey() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.failsOnceThenSucceeds(id, 12050, "USD");

        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));
        List<LoggedRequest> sent = StripeDouble.intentCreations(id);
        assertEquals(2, sent.size(), "stripe-java retried the 500");
        assertEquals(sent.get(0).getHeader("Idempotency-Key"), sent.get(1).getHeader("Idempotency-Key"));
        assertEquals("enrollment-" + id + "-payment-1", sent.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void timeoutsAnswer502StoreNothingAndTheRetryReusesTheKey() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        // Longer than STRIPE_TIMEOUT_SECONDS (2 s in the tests) on every try.
        StubMapping slow = StripeDouble.slow(id, 3500, 12050, "USD");

        err(Payments.start(student, id, Payments.card()), 502, "errMsg_PaymentGatewayUnavailable");
        int tries = StripeDouble.intentCreations(id).size();
        assertEquals(3, tries, "one call and two retries");
        assertEquals(0, Db.count("select count(*) from sys_enrollment_payments where order_id = ?", UUID.fromString(id)));
        Map<String, Object> row = Payments.enrollmentRow(id);
        assertEquals("pending", row.get("payment_status"));
        assertEquals("pending", row.get("payment_confirmation"));

        StripeDouble.server().removeStub(slow);
        StripeDouble.paymentIntent(id, 1, "succeeded", 12050, "USD");
        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));
        // Every try, before and after the 502, used the first attempt's key: Stripe can charge only once.
        assertTrue(StripeDouble.intentCreations(id).stream().allMatch(r -> ("enrollment-" + id + "-payment-1").equals(r.getHeader("Idempotency-Key"))));
    }

    @Test
    void aTimedOutCallIsRetriedByTheClientWithTheSameKey() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds());
        StripeDouble.slowOnceThenSucceeds(id, 3500, 12050, "USD");

        ok(Payments.start(student, id, Payments.card()), 200, "enrollment").body("enrollment.paymentStatus", equalTo("paid"));
        List<LoggedRequest> sent = StripeDouble.intentCreations(id);
        assertEquals(2, sent.size());
        assertEquals(sent.get(0).getHeader("Idempotency-Key"), sent.get(1).getHeader("Idempotency-Key"));
    }

    @Test
    void amountsGoToStripeInMinorUnitsOfTheCurrency() {
        Account student = Fixtures.student();
        for (Object[] c : new Object[][] {{"EGP", "250.75", "25075", "egp"}, {"USD", "120.5", "12050", "usd"}, {"JPY", "1500", "1500", "jpy"}}) {
            Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 1, false, new BigDecimal((String) c[1]), (String) c[0]);
            String id = Payments.paidEnrollment(student, pack, pack.slotIds());
            Map<String, String> form = StripeDouble.form(StripeDouble.intentCreations(id).get(0));
            assertEquals(c[2], form.get("amount"), "amount of " + c[0]);
            assertEquals(c[3], form.get("currency"));
            assertEquals(Long.parseLong((String) c[2]), ((Number) Payments.paymentRow(id).get("amount_minor")).longValue());
        }
        // JPY has no minor unit: a pack price with decimals is refused up front.
        err(Api.as(Tutoring.tutor().account()).body(Map.of("title", "yen", "price", 1500.5, "currency", "JPY", "lessonCount", 1,
                "schedulingType", "flexible")).post("/v1/coursepacks"), 400, "errMsg_PriceIsNotValid");
    }

    @Test
    void onlyTheStudentPaysAPendingEnrollment() {
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 2, false);
        Account student = Fixtures.student();
        String id = Tutoring.enroll(student, pack, pack.slotIds().subList(0, 1));
        err(Payments.start(Fixtures.student(), id, Payments.card()), 403, "errMsg_NotAllowed");
        err(Payments.start(pack.tutor().account(), id, Payments.card()), 403, "errMsg_NotAllowed");
        err(Payments.start(Fixtures.siteOwner(), id, Payments.card()), 403, "errMsg_NotAllowed");
        Api.anonymous().body(Map.of("paymentUserParams", Map.of("paymentMethodId", Payments.card()))).patch("/v1/startenrollmentpayment/" + id)
                .then().statusCode(401).body("result", equalTo("ERR"));
        err(Api.as(student).body(Map.of("paymentUserParams", Map.of())).patch("/v1/startenrollmentpayment/" + id), 400, "errMsg_PaymentMethodIdIsRequired");
        err(Payments.start(student, UUID.randomUUID().toString(), Payments.card()), 404, "errMsg_EnrollmentNotFound");
        err(Api.as(student).patch("/v1/refreshenrollmentpayment/" + id), 404, "errMsg_EnrollmentPaymentNotFound");
        ok(Api.as(Fixtures.siteOwner()).body(Map.of("cancelReason", "x")).patch("/v1/cancelenrollment/" + id), 200, "enrollment");
        err(Payments.start(student, id, Payments.card()), 409, "errMsg_EnrollmentNotPayable");
        assertEquals(0, StripeDouble.intentCreations(id).size());
        assertNull(Db.rows("select id from sys_payment_customers where user_id = ?", student.uuid()).stream().findFirst().orElse(null));
    }
}
