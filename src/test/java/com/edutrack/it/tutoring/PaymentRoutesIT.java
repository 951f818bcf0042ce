package com.edutrack.it.tutoring;

import static com.edutrack.it.tutoring.Tutoring.err;
import static com.edutrack.it.tutoring.Tutoring.ok;
import static com.edutrack.it.tutoring.Tutoring.okList;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import com.edutrack.it.tutoring.Tutoring.Pack;
import com.edutrack.support.Api;
import com.edutrack.support.Db;
import com.edutrack.support.Fixtures;
import com.edutrack.support.Fixtures.Account;
import com.edutrack.support.StripeDouble;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

/** Every payment and refund route walked with each kind of caller, and the admin CRUD of payment records. */
class PaymentRoutesIT {

    private record Route(String name, Function<RequestSpecification, Response> call) {
    }

    private static void refused(Route route, List<Account> callers) {
        for (Account caller : callers) {
            Response r = route.call().apply(Api.as(caller));
            assertEquals(403, r.statusCode(), route.name() + " as " + caller.role() + ": " + r.asString());
            err(r, 403, "errMsg_NotAllowed");
        }
        Response anonymous = route.call().apply(Api.anonymous());
        assertEquals(401, anonymous.statusCode(), route.name() + " anonymous");
        anonymous.then().body("result", equalTo("ERR")).body("message", equalTo("errMsg_NoLoginFound"));
    }

    @Test
    void authorizationWalk() {
        Account admin = Fixtures.siteOwner();
        Account student = Fixtures.student();
        Account other = Fixtures.student();
        Pack pack = Tutoring.pack(Tutoring.tutor(), 2, 4, false);
        Account tutor = pack.tutor().account();
        Account assistant = Fixtures.assistant(tutor);
        String paid = Payments.paidEnrollment(student, pack, pack.slotIds().subList(0, 2));
        String pi = StripeDouble.intentId(paid, 1);
        String paymentRow = Payments.paymentRow(paid).get("id").toString();
        Payments.complete(pack, pack.slotIds().subList(0, 1));
        Pack second = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String pending = Tutoring.enroll(student, second, second.slotIds());
        Pack third = Tutoring.pack(Tutoring.tutor(), 1, 1, false);
        String unrecorded = Tutoring.enroll(other, third, third.slotIds());
        String card = Payments.card();
        Map<String, Object> start = Map.of("paymentUserParams", Map.of("paymentMethodId", card));

        // Payment routes.
        Route startRoute = new Route("start", r -> r.body(start).patch("/v1/startenrollmentpayment/" + pending));
        refused(startRoute, List.of(admin, other, tutor, assistant));
        StripeDouble.paymentIntent(pending, 1, "succeeded", 12050, "USD");
        ok(startRoute.call().apply(Api.as(student)), 200, "enrollment");

        Route refresh = new Route("refresh", r -> r.patch("/v1/refreshenrollmentpayment/" + paid));
        refused(refresh, List.of(other, tutor, assistant));
        StripeDouble.retrieve(paid, 1, "succeeded", 12050, "USD");
        ok(refresh.call().apply(Api.as(student)), 200, "enrollment");
        ok(refresh.call().apply(Api.as(admin)), 200, "enrollment");

        for (Account caller : List.of(admin, student, tutor)) {
            err(Api.as(caller).body("{}").post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureMissing");
        }
        err(Api.anonymous().body("{}").post("/v1/callbackenrollmentpayment"), 400, "errMsg_WebhookSignatureMissing");

        // Payment records: the owner and admins read, admins write.
        for (Route read : List.of(new Route("get", r -> r.get("/v1/enrollmentpayment/" + paymentRow)),
                new Route("byorder", r -> r.get("/v1/enrollmentpaymentbyorderid/" + paid)),
                new Route("bypayment", r -> r.get("/v1/enrollmentpaymentbypaymentid/" + pi)))) {
            refused(read, List.of(other, tutor, assistant));
            ok(read.call().apply(Api.as(student)), 200, "sys_enrollmentPayment").body("sys_enrollmentPayment.id", equalTo(paymentRow))
                    .body("sys_enrollmentPayment.ownerId", equalTo(student.uuid().toString())).body("sys_enrollmentPayment.orderId", equalTo(paid))
                    .body("sys_enrollmentPayment.paymentId", equalTo(pi)).body("sys_enrollmentPayment._owner", equalTo(student.uuid().toString()));
            ok(read.call().apply(Api.as(admin)), 200, "sys_enrollmentPayment");
        }
        Route list = new Route("list", r -> r.get("/v1/enrollmentpayments"));
        refused(list, List.of(tutor, assistant));
        okList(Api.as(student).get("/v1/enrollmentpayments"), "sys_enrollmentPayments")
                .body("sys_enrollmentPayments.ownerId", everyItem(equalTo(student.uuid().toString()))).body("paging.totalRowCount", equalTo(2));
        // Another student's filter cannot widen their view.
        okList(Api.as(other).get("/v1/enrollmentpayments?ownerId=" + student.uuid()), "sys_enrollmentPayments").body("paging.totalRowCount", equalTo(0));
        okList(Api.as(admin).get("/v1/enrollmentpayments?ownerId=" + student.uuid() + "&statusLiteral=paid"), "sys_enrollmentPayments")
                .body("paging.totalRowCount", equalTo(2));

        Map<String, Object> record = Map.of("orderId", unrecorded, "paymentId", "pi_manual_" + unrecorded.substring(0, 8),
                "paymentStatus", "succeeded", "statusLiteral", "recorded", "redirectUrl", "https://app.edutrack.test/paid");
        Route create = new Route("create", r -> r.body(record).post("/v1/enrollmentpayment"));
        refused(create, List.of(student, other, tutor, assistant));
        String created = ok(create.call().apply(Api.as(admin)), 201, "sys_enrollmentPayment").body("action", equalTo("create"))
                .body("sys_enrollmentPayment.ownerId", equalTo(other.uuid().toString())).body("sys_enrollmentPayment.statusLiteral", equalTo("recorded"))
                .body("sys_enrollmentPayment.redirectUrl", equalTo("https://app.edutrack.test/paid")).body("sys_enrollmentPayment.isActive", equalTo(true))
                .extract().path("sys_enrollmentPayment.id");
        err(create.call().apply(Api.as(admin)), 409, "errMsg_EnrollmentPaymentExists");
        err(Api.as(admin).body(Map.of("orderId", unrecorded)).post("/v1/enrollmentpayment"), 400, "errMsg_RequiredFieldsMissing");
        err(Api.as(admin).body(Map.of("orderId", UUID.randomUUID(), "paymentId", "x", "paymentStatus", "x", "statusLiteral", "x"))
                .post("/v1/enrollmentpayment"), 404, "errMsg_EnrollmentNotFound");
        // A record changes no enrollment.
        assertEquals("pending", Tutoring.enrollmentStatus(unrecorded));
        Route update = new Route("update", r -> r.body(Map.of("statusLiteral", "checked")).patch("/v1/enrollmentpayment/" + created));
        refused(update, List.of(student, other, tutor, assistant));
        ok(update.call().apply(Api.as(admin)), 200, "sys_enrollmentPayment").body("sys_enrollmentPayment.statusLiteral", equalTo("checked"))
                .body("sys_enrollmentPayment.paymentStatus", equalTo("succeeded")).body("sys_enrollmentPayment.recordVersion", equalTo(1));
        ok(Api.as(other).get("/v1/enrollmentpaymentbyorderid/" + unrecorded), 200, "sys_enrollmentPayment");
        Route delete = new Route("delete", r -> r.delete("/v1/enrollmentpayment/" + created));
        refused(delete, List.of(student, other, tutor, assistant));
        ok(delete.call().apply(Api.as(admin)), 200, "sys_enrollmentPayment").body("method", equalTo("DELETE")).body("action", equalTo("delete"))
                .body("sys_enrollmentPayment.isActive", equalTo(false));
        err(Api.as(admin).get("/v1/enrollmentpayment/" + created), 404, "errMsg_EnrollmentPaymentNotFound");
        err(Api.as(other).get("/v1/enrollmentpaymentbyorderid/" + unrecorded), 404, "errMsg_EnrollmentPaymentNotFound");
        err(delete.call().apply(Api.as(admin)), 404, "errMsg_EnrollmentPaymentNotFound");
        okList(Api.as(admin).get("/v1/enrollmentpayments?orderId=" + unrecorded), "sys_enrollmentPayments").body("paging.totalRowCount", equalTo(0));

        // Customers and cards.
        Route customer = new Route("customer", r -> r.get("/v1/paymentcustomers/" + student.uuid()));
        refused(customer, List.of(other, tutor, assistant));
        ok(customer.call().apply(Api.as(student)), 200, "sys_paymentCustomer").body("sys_paymentCustomer.userId", equalTo(student.uuid().toString()));
        ok(customer.call().apply(Api.as(admin)), 200, "sys_paymentCustomer");
        err(Api.as(other).get("/v1/paymentcustomers/" + other.uuid()), 404, "errMsg_PaymentCustomerNotFound");
        Route customers = new Route("customers", r -> r.get("/v1/paymentcustomers"));
        refused(customers, List.of(student, other, tutor, assistant));
        okList(Api.as(admin).get("/v1/paymentcustomers?userId=" + student.uuid()), "sys_paymentCustomers").body("paging.totalRowCount", equalTo(1))
                .body("sys_paymentCustomers[0].customerId", equalTo("cus_user-" + student.uuid() + "-customer"));
        okList(Api.as(admin).get("/v1/paymentcustomers?platform=stripe&customerId=cus_user-" + student.uuid() + "-customer"), "sys_paymentCustomers")
                .body("paging.totalRowCount", equalTo(1));
        Route methods = new Route("methods", r -> r.get("/v1/paymentcustomermethods/" + student.uuid()));
        refused(methods, List.of(other, tutor, assistant));
        okList(methods.call().apply(Api.as(student)), "sys_paymentMethods").body("sys_paymentMethods.paymentMethodId", hasItem(card));
        okList(Api.as(admin).get("/v1/paymentcustomermethods/" + student.uuid() + "?cardInfo=4242&platform=stripe"), "sys_paymentMethods")
                .body("paging.totalRowCount", equalTo(2));
        okList(Api.as(admin).get("/v1/paymentcustomermethods/" + student.uuid() + "?paymentMethodId=" + card), "sys_paymentMethods")
                .body("paging.totalRowCount", equalTo(1)).body("sys_paymentMethods[0].cardInfo.expYear", equalTo(2034));
        okList(Api.as(admin).get("/v1/paymentcustomermethods/" + student.uuid() + "?cardInfo=mastercard"), "sys_paymentMethods")
                .body("paging.totalRowCount", equalTo(0));

        // Refund routes.
        Route createRefund = new Route("refund create", r -> r.body(Map.of("enrollmentId", paid, "reason", "walk")).post("/v1/refundrequests"));
        refused(createRefund, List.of(admin, other, tutor, assistant));
        String request = ok(createRefund.call().apply(Api.as(student)), 201, "refundRequest").extract().path("refundRequest.id");
        Route getRefund = new Route("refund get", r -> r.get("/v1/refundrequests/" + request));
        refused(getRefund, List.of(other, Tutoring.tutor().account(), assistant));
        for (Account caller : List.of(student, tutor, admin)) {
            ok(getRefund.call().apply(Api.as(caller)), 200, "refundRequest");
        }
        Route listRefunds = new Route("refund list", r -> r.get("/v1/refundrequests"));
        refused(listRefunds, List.of(assistant));
        okList(listRefunds.call().apply(Api.as(other)), "refundRequests").body("refundRequests.id", not(hasItem(request)));
        Route updateRefund = new Route("refund update", r -> r.body(Map.of("adminNote", "seen")).patch("/v1/refundrequests/" + request));
        refused(updateRefund, List.of(student, other, tutor, assistant));
        ok(updateRefund.call().apply(Api.as(admin)), 200, "refundRequest").body("refundRequest.adminNote", equalTo("seen"))
                .body("refundRequest.status", equalTo("autoApproved"));
        Route adminRefund = new Route("admin refund", r -> r.body(Map.of("enrollmentId", pending, "reason", "walk")).post("/v1/adminrefundenrollment"));
        refused(adminRefund, List.of(student, other, tutor, assistant));
        ok(adminRefund.call().apply(Api.as(admin)), 201, "refundRequest");
    }

    @Test
    void paymentListsCostTheSameStatementsForFewAndMany() {
        Account admin = Fixtures.siteOwner();
        Pack pack = Tutoring.pack(Tutoring.tutor(), 1, 0, false);
        Account few = Fixtures.student();
        Account many = Fixtures.student();
        for (int i = 0; i < 2; i++) {
            Tutoring.insertEnrollment(pack, few.uuid(), null, "canceled", "paid", Instant.now());
            insertMethod(few, i);
        }
        for (int i = 0; i < 14; i++) {
            Tutoring.insertEnrollment(pack, many.uuid(), null, "canceled", "paid", Instant.now());
            insertMethod(many, i);
        }
        assertEquals(statements(admin, "/v1/enrollmentpayments?pageNumber=0&ownerId=" + few.uuid(), 2),
                statements(admin, "/v1/enrollmentpayments?pageNumber=0&ownerId=" + many.uuid(), 14));
        assertEquals(statements(admin, "/v1/paymentcustomermethods/" + few.uuid() + "?pageNumber=0", 2),
                statements(admin, "/v1/paymentcustomermethods/" + many.uuid() + "?pageNumber=0", 14));
        okList(Api.as(admin).get("/v1/enrollmentpayments?ownerId=" + many.uuid() + "&pageNumber=2&pageRowCount=5"), "sys_enrollmentPayments")
                .body("rowCount", equalTo(5)).body("paging.pageCount", equalTo(3)).body("paging.totalRowCount", equalTo(14));

        String customers = "/v1/paymentcustomers?pageNumber=0&platform=stripe";
        insertCustomers(2);
        Response before = Api.as(admin).get(customers);
        okList(before, "sys_paymentCustomers");
        insertCustomers(12);
        Response after = Api.as(admin).get(customers);
        okList(after, "sys_paymentCustomers").body("paging.totalRowCount", equalTo(before.jsonPath().getInt("paging.totalRowCount") + 12));
        assertEquals(before.header("X-Sql-Statements"), after.header("X-Sql-Statements"));
    }

    private static int statements(Account admin, String path, int rows) {
        Response r = Api.as(admin).get(path);
        okList(r, r.jsonPath().getString("dataName")).body("paging.totalRowCount", equalTo(rows));
        return Integer.parseInt(r.header("X-Sql-Statements"));
    }

    private static void insertCustomers(int n) {
        for (int i = 0; i < n; i++) {
            Timestamp now = Timestamp.from(Instant.now());
            Db.update("insert into sys_payment_customers(id, user_id, customer_id, platform, is_active, created_at, updated_at, record_version)"
                    + " values (?, ?, ?, 'stripe', true, ?, ?, 0)", UUID.randomUUID(), Fixtures.student().uuid(), "cus_volume_" + UUID.randomUUID(), now, now);
        }
    }

    private static void insertMethod(Account user, int i) {
        Timestamp now = Timestamp.from(Instant.now());
        Db.update("insert into sys_payment_methods(id, payment_method_id, user_id, customer_id, platform, card_info, is_active, created_at, updated_at, record_version)"
                        + " values (?, ?, ?, 'cus_x', 'stripe', '{\"brand\":\"visa\",\"last4\":\"4242\"}', true, ?, ?, 0)",
                UUID.randomUUID(), "pm_volume_" + UUID.randomUUID(), user.uuid(), now, now);
    }
}
